window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123687943624199411"
          ],
          "editableUntil" : "2026-11-20T09:00:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/tyqrrxNZmW",
            "expanded_url" : "https://shop.fernhillcoffee.example/checkout",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "11",
      "id_str" : "2123687943624199411",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2123687943624199411",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 20 08:00:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Last chance: FERNHILL20 ends Sunday. Gift sets, 1 kg bags &amp; Brew Club gift subscriptions are all included. https://t.co/tyqrrxNZmW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123348226558922036"
          ],
          "editableUntil" : "2026-11-19T10:30:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BlackFriday",
            "indices" : [
              "129",
              "141"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/02qG7JtSpq",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "24",
      "id_str" : "2123348226558922036",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2123348226558922036",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 19 09:30:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Black Friday early access for Brew Club members starts tomorrow. Not a member? Join today and you're in. https://t.co/02qG7JtSpq #BlackFriday",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2123023615413715745"
          ],
          "editableUntil" : "2026-11-18T13:00:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/my0wumzr0v",
            "expanded_url" : "https://fernhillcoffee.example/workshops/book",
            "display_url" : "fernhillcoffee.example/wo…",
            "indices" : [
              "108",
              "131"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "131"
      ],
      "favorite_count" : "7",
      "id_str" : "2123023615413715745",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2123023615413715745",
      "possibly_sensitive" : false,
      "created_at" : "Wed Nov 18 12:00:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Give the gift of learning: a seat at our Home Barista Workshop plus two bags of coffee. Gift vouchers here: https://t.co/my0wumzr0v",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2122630870786376145"
          ],
          "editableUntil" : "2026-11-17T11:00:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/jGUOJhFak6",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/holiday-gift-set",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "18",
      "id_str" : "2122630870786376145",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2122630870786376145",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 17 10:00:10 +0000 2026",
      "favorited" : false,
      "full_text" : "The Starter gift set: Fernhill House Blend, a V60 and filters. Perfect for the new coffee person in your life. $45, or $36 with FERNHILL20. https://t.co/jGUOJhFak6",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2122253383220855567"
          ],
          "editableUntil" : "2026-11-16T10:00:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "giftideas",
            "indices" : [
              "104",
              "114"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7TF2rcJkiH",
            "expanded_url" : "https://shop.fernhillcoffee.example/collections/gifts",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "80",
              "103"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "114"
      ],
      "favorite_count" : "10",
      "id_str" : "2122253383220855567",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2122253383220855567",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 16 09:00:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Holiday gift sets are here, and they're 20% off this week with code FERNHILL20. https://t.co/7TF2rcJkiH #giftideas",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121543664449619961"
          ],
          "editableUntil" : "2026-11-14T11:00:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "57",
      "id_str" : "2121543664449619961",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2121543664449619961",
      "created_at" : "Sat Nov 14 10:00:00 +0000 2026",
      "favorited" : false,
      "full_text" : "Today the shop is collecting winter coats for the Old Town shelter. Drop them off any time 7–3. Thank you in advance, neighbours.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2121256999755713455"
          ],
          "editableUntil" : "2026-11-13T16:00:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Coffee Water Lab",
            "screen_name" : "coffeewaterlab",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "583589386646455191",
            "id" : "583589386646455191"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/anB7KgzgQj",
            "expanded_url" : "https://coffeewaterlab.example/blog/hard-water-cities",
            "display_url" : "coffeewaterlab.example/bl…",
            "indices" : [
              "106",
              "129"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "129"
      ],
      "favorite_count" : "0",
      "id_str" : "2121256999755713455",
      "truncated" : false,
      "retweet_count" : "43",
      "id" : "2121256999755713455",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 13 15:00:54 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @coffeewaterlab: Map: the hardest tap water in 50 cities, and what to add or remove for better coffee. https://t.co/anB7KgzgQj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2120824136166018068"
          ],
          "editableUntil" : "2026-11-12T11:20:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/N7RQeaa1sO",
            "expanded_url" : "https://fernhillcoffee.example/blog/water-chemistry-for-better-coffee",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "144",
              "167"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "167"
      ],
      "favorite_count" : "23",
      "id_str" : "2120824136166018068",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2120824136166018068",
      "possibly_sensitive" : false,
      "created_at" : "Thu Nov 12 10:20:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Water chemistry again, because you keep asking: if your kettle scales fast, your water is hard and your coffee probably tastes flat. Our guide: https://t.co/N7RQeaa1sO",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2120501872291744617"
          ],
          "editableUntil" : "2026-11-11T14:00:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amy Lindqvist",
            "screen_name" : "amy_latte",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "716063680",
            "id" : "716063680"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "138"
      ],
      "favorite_count" : "1",
      "in_reply_to_status_id_str" : "2120407500451743424",
      "id_str" : "2120501872291744617",
      "in_reply_to_user_id" : "716063680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2120501872291744617",
      "in_reply_to_status_id" : "2120407500451743424",
      "created_at" : "Wed Nov 11 13:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "@amy_latte The one-way valve lets CO2 out without letting air in. Please don't squeeze the bag to sniff it, though we know it's tempting 😄",
      "lang" : "en",
      "in_reply_to_screen_name" : "amy_latte",
      "in_reply_to_user_id_str" : "716063680"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2120117001866185167"
          ],
          "editableUntil" : "2026-11-10T12:30:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/liJzQxddYa",
            "expanded_url" : "https://fernhillcoffee.example/blog/should-you-freeze-coffee-beans",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "58",
      "id_str" : "2120117001866185167",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2120117001866185167",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 10 11:30:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Storing a big bag? Split it into four jars and freeze three. Grind straight from frozen and it stays fresh for weeks longer. https://t.co/liJzQxddYa",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2119716668568506127"
          ],
          "editableUntil" : "2026-11-09T10:00:10.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/K7G8zy22AI",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/morning-ridge-espresso-1kg",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "9",
      "id_str" : "2119716668568506127",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2119716668568506127",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 09 09:00:10 +0000 2026",
      "favorited" : false,
      "full_text" : "Morning Ridge Espresso now comes in 1 kg bags: $58, about 15% less than four small bags. https://t.co/K7G8zy22AI",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118735246408027272"
          ],
          "editableUntil" : "2026-11-06T17:00:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/X9UjKSECMs",
            "expanded_url" : "https://fernhillcoffee.example/workshops/book",
            "display_url" : "fernhillcoffee.example/wo…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "11",
      "id_str" : "2118735246408027272",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2118735246408027272",
      "possibly_sensitive" : false,
      "created_at" : "Fri Nov 06 16:00:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Tomorrow's Home Barista Workshop has 1 seat left after a cancellation. First to book gets it: https://t.co/X9UjKSECMs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2118282221155520226"
          ],
          "editableUntil" : "2026-11-05T11:00:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "28",
      "id_str" : "2118282221155520226",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2118282221155520226",
      "created_at" : "Thu Nov 05 10:00:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Brewing for a crowd? Batch brew uses the same ratio as pour-over, roughly 60 g per litre. Grind a little coarser for big batches so it doesn't over-extract.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117965229433291883"
          ],
          "editableUntil" : "2026-11-04T14:00:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "74",
      "id_str" : "2117965229433291883",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2117965229433291883",
      "created_at" : "Wed Nov 04 13:00:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy day at the roastery, perfect for testing filter recipes. Current favourite: 13 g coffee, 210 g water, one slow pour. Try it &amp; tell us.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117625531070416022"
          ],
          "editableUntil" : "2026-11-03T15:30:44.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tidewater Roasting Co.",
            "screen_name" : "tidewater_roast",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "693396017902521596",
            "id" : "693396017902521596"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/pqmSNTQ6Px",
            "expanded_url" : "https://tidewaterroasting.example/journal/carbon-footprint-2026",
            "display_url" : "tidewaterroasting.example…",
            "indices" : [
              "150",
              "173"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "0",
      "id_str" : "2117625531070416022",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2117625531070416022",
      "possibly_sensitive" : false,
      "created_at" : "Tue Nov 03 14:30:44 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @tidewater_roast: Our full 2026 carbon footprint report is out. Biggest surprise: shipping green coffee is a smaller share than our roaster's gas. https://t.co/pqmSNTQ6Px",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2117180119729572201"
          ],
          "editableUntil" : "2026-11-02T10:00:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WB61vhlxBw",
            "expanded_url" : "https://fernhillcoffee.example/blog/roaster-roundup-autumn",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "139",
              "162"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "162"
      ],
      "favorite_count" : "53",
      "id_str" : "2117180119729572201",
      "truncated" : false,
      "retweet_count" : "12",
      "id" : "2117180119729572201",
      "possibly_sensitive" : false,
      "created_at" : "Mon Nov 02 09:00:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Autumn roundup: Tidewater's carbon footprint report, Northlight on training new roasters, and Coffee Water Lab's map of hard-water cities. https://t.co/WB61vhlxBw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2116470420856113043"
          ],
          "editableUntil" : "2026-10-31T11:00:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "61",
      "id_str" : "2116470420856113043",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2116470420856113043",
      "created_at" : "Sat Oct 31 10:00:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy Halloween 🎃 The scariest thing in the roastery today: someone put pre-ground coffee in the espresso grinder hopper. (It was a joke. We think.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115821128235616616"
          ],
          "editableUntil" : "2026-10-29T16:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam Okoro",
            "screen_name" : "sam_homebrews",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1646861925872569679",
            "id" : "1646861925872569679"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "126"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2115777843018335790",
      "id_str" : "2115821128235616616",
      "in_reply_to_user_id" : "1646861925872569679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2115821128235616616",
      "in_reply_to_status_id" : "2115777843018335790",
      "created_at" : "Thu Oct 29 15:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_homebrews A blade grinder is fine to start with. Pulse in short bursts and shake it between pulses for a more even grind.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_homebrews",
      "in_reply_to_user_id_str" : "1646861925872569679"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2115035888504275263"
          ],
          "editableUntil" : "2026-10-27T12:00:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "135"
      ],
      "favorite_count" : "11",
      "id_str" : "2115035888504275263",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2115035888504275263",
      "created_at" : "Tue Oct 27 11:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "Dark mornings are here. If you're brewing half asleep, weigh the water too: 1 g of coffee to 16 g of water and you don't have to think.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2114643260470198335"
          ],
          "editableUntil" : "2026-10-26T10:00:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sTzLaHZ8Fp",
            "expanded_url" : "https://fernhillcoffee.example/blog/reader-questions-autumn",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "79",
      "id_str" : "2114643260470198335",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2114643260470198335",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 26 09:00:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Your questions answered: why is my coffee bitter, are month-old beans ruined, and is a blade grinder OK? https://t.co/sTzLaHZ8Fp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113971456244190916"
          ],
          "editableUntil" : "2026-10-24T13:30:45.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Better Cup News",
            "screen_name" : "bettercupnews",
            "indices" : [
              "14",
              "28"
            ],
            "id_str" : "2008003780",
            "id" : "2008003780"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/RsTX0xsgO5",
            "expanded_url" : "https://bettercup.example/news/arabica-climate-2046",
            "display_url" : "bettercup.example/news/ar…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "25",
      "id_str" : "2113971456244190916",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2113971456244190916",
      "possibly_sensitive" : false,
      "created_at" : "Sat Oct 24 12:30:45 +0000 2026",
      "favorited" : false,
      "full_text" : "Weekend read: @bettercupnews on what climate change means for arabica growers over the next 20 years. Sobering and important. https://t.co/RsTX0xsgO5",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113603998438130713"
          ],
          "editableUntil" : "2026-10-23T13:10:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "139"
      ],
      "favorite_count" : "39",
      "id_str" : "2113603998438130713",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2113603998438130713",
      "created_at" : "Fri Oct 23 12:10:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Reader question we loved: does the shape of the mug change the taste? A little! Wide mugs let aroma escape faster; tulip shapes hold it in.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2113314533375215884"
          ],
          "editableUntil" : "2026-10-22T18:00:22.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "27",
      "id_str" : "2113314533375215884",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2113314533375215884",
      "created_at" : "Thu Oct 22 17:00:22 +0000 2026",
      "favorited" : false,
      "full_text" : "Tamping tip: level matters more than pressure. A tilted tamp lets water channel through the low side. Press evenly and stop when the coffee stops.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112853910652717656"
          ],
          "editableUntil" : "2026-10-21T11:30:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/2Eo95r5hDH",
            "expanded_url" : "https://bettercup.example/magazine/fernhill-profile",
            "display_url" : "bettercup.example/magazin…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "156"
      ],
      "favorite_count" : "14",
      "id_str" : "2112853910652717656",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2112853910652717656",
      "possibly_sensitive" : false,
      "created_at" : "Wed Oct 21 10:30:01 +0000 2026",
      "favorited" : false,
      "full_text" : "We're in this month's Better Cup magazine, talking about how a small roaster prices coffee fairly. Pick up a copy or read it online: https://t.co/2Eo95r5hDH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112544447093801870"
          ],
          "editableUntil" : "2026-10-20T15:00:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya | Kettle & Crema",
            "screen_name" : "kettleandcrema",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1672193223553977579",
            "id" : "1672193223553977579"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/sg3K06y4sB",
            "expanded_url" : "https://kettleandcrema.example/posts/milk-alternatives",
            "display_url" : "kettleandcrema.example/po…",
            "indices" : [
              "127",
              "150"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "150"
      ],
      "favorite_count" : "0",
      "id_str" : "2112544447093801870",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2112544447093801870",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 20 14:00:20 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kettleandcrema: Oat vs soy vs almond vs dairy: we steamed them all and poured latte art with each. Barista oat won easily. https://t.co/sg3K06y4sB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2112106557356376365"
          ],
          "editableUntil" : "2026-10-19T10:00:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/NZnO7peUrX",
            "expanded_url" : "https://fernhillcoffee.example/blog/steaming-milk-at-home",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "55",
      "id_str" : "2112106557356376365",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2112106557356376365",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 19 09:00:18 +0000 2026",
      "favorited" : false,
      "full_text" : "Silky milk, not bubbly: stretch for 3–5 seconds, then spin. Our step-by-step for steaming at home: https://t.co/NZnO7peUrX",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2111049624591534227"
          ],
          "editableUntil" : "2026-10-16T12:00:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7nYJD61sbY",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "13",
      "id_str" : "2111049624591534227",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2111049624591534227",
      "possibly_sensitive" : false,
      "created_at" : "Fri Oct 16 11:00:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Brew Club just passed 1,000 members 🎉 Thank you! Here's to the next thousand. https://t.co/7nYJD61sbY",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2110772813307579596"
          ],
          "editableUntil" : "2026-10-15T17:40:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Lena Marsh",
            "screen_name" : "lena_codes",
            "indices" : [
              "14",
              "25"
            ],
            "id_str" : "1806924095288248018",
            "id" : "1806924095288248018"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "7",
      "id_str" : "2110772813307579596",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2110772813307579596",
      "created_at" : "Thu Oct 15 16:40:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Big thanks to @lena_codes for reviewing our online store's security this year. If you run a small shop, get someone to look at your forms. It's worth it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2109947319884450445"
          ],
          "editableUntil" : "2026-10-13T11:00:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/m9Bi9zR02O",
            "expanded_url" : "https://cheatsheetseries.owasp.org/cheatsheets/Cross_Site_Scripting_Prevention_Cheat_Sheet.html",
            "display_url" : "cheatsheetseries.owasp.or…",
            "indices" : [
              "49",
              "72"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "238"
      ],
      "favorite_count" : "19",
      "id_str" : "2109947319884450445",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2109947319884450445",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 13 10:00:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Security note for fellow small shops, read this: https://t.co/m9Bi9zR02O A bot left &lt;script&gt;alert(1)&lt;/script&gt; as a product review on our store this week. It showed up as plain text, as it should. Escape everything people type.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108890483936724999"
          ],
          "editableUntil" : "2026-10-10T13:00:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "HomeBarista",
            "indices" : [
              "109",
              "121"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cfnDOSjUUx",
            "expanded_url" : "https://fernhillcoffee.example/workshops/book",
            "display_url" : "fernhillcoffee.example/wo…",
            "indices" : [
              "85",
              "108"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "36",
      "id_str" : "2108890483936724999",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2108890483936724999",
      "possibly_sensitive" : false,
      "created_at" : "Sat Oct 10 12:00:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Autumn dates for the Home Barista Workshop are open: Oct 24, Nov 7 and Nov 21. Book: https://t.co/cfnDOSjUUx #HomeBarista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108501618843454717"
          ],
          "editableUntil" : "2026-10-09T11:15:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northlight Coffee",
            "screen_name" : "northlight_co",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1257338129740727553",
            "id" : "1257338129740727553"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "121"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2108405485395773671",
      "id_str" : "2108501618843454717",
      "in_reply_to_user_id" : "1257338129740727553",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2108501618843454717",
      "in_reply_to_status_id" : "2108405485395773671",
      "created_at" : "Fri Oct 09 10:15:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@northlight_co Thank you! That means a lot coming from you. Your roast defects post is still pinned to our roastery wall.",
      "lang" : "en",
      "in_reply_to_screen_name" : "northlight_co",
      "in_reply_to_user_id_str" : "1257338129740727553"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108195791003716229"
          ],
          "editableUntil" : "2026-10-08T15:00:19.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Poz0tXpDLo",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/morning-ridge-espresso",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "90",
              "113"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "113"
      ],
      "favorite_count" : "21",
      "id_str" : "2108195791003716229",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2108195791003716229",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 08 14:00:19 +0000 2026",
      "favorited" : false,
      "full_text" : "To celebrate the award, Morning Ridge Espresso is 10% off in the online shop all weekend. https://t.co/Poz0tXpDLo",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2108136785841229455"
          ],
          "editableUntil" : "2026-10-08T11:05:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/6Ij5EeRWYB",
            "expanded_url" : "https://fernhillcoffee.example/blog/best-roaster-2026",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "56",
      "id_str" : "2108136785841229455",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2108136785841229455",
      "possibly_sensitive" : false,
      "created_at" : "Thu Oct 08 10:05:51 +0000 2026",
      "favorited" : false,
      "full_text" : "We won Best Roaster 2026 at the Northern Coffee Awards! 🏆 Thank you to everyone who voted for us. https://t.co/6Ij5EeRWYB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107425685818575303"
          ],
          "editableUntil" : "2026-10-06T12:00:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Greenline Importers",
            "screen_name" : "greenline_beans",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "169479790",
            "id" : "169479790"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/aQtVtuRXOQ",
            "expanded_url" : "https://greenline.example/origins/ethiopia-guji",
            "display_url" : "greenline.example/origins…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "0",
      "id_str" : "2107425685818575303",
      "truncated" : false,
      "retweet_count" : "16",
      "id" : "2107425685818575303",
      "possibly_sensitive" : false,
      "created_at" : "Tue Oct 06 11:00:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @greenline_beans: New origin page for Guji, Ethiopia, with harvest data and photos from this season. https://t.co/aQtVtuRXOQ",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2107033204572555930"
          ],
          "editableUntil" : "2026-10-05T10:00:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/t0TZ7AYVrw",
            "expanded_url" : "https://fernhillcoffee.example/blog/origin-guji-ethiopia",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "32",
      "id_str" : "2107033204572555930",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2107033204572555930",
      "possibly_sensitive" : false,
      "created_at" : "Mon Oct 05 09:00:37 +0000 2026",
      "favorited" : false,
      "full_text" : "Origin story: the Guji Highlands washing station in Ethiopia, where a ripeness premium doubled top-grade lots in three years. https://t.co/t0TZ7AYVrw",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2106044052477578492"
          ],
          "editableUntil" : "2026-10-02T16:30:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "12",
      "id_str" : "2106044052477578492",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2106044052477578492",
      "created_at" : "Fri Oct 02 15:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "Coffee Day weekend at the shop: a free Ember &amp; Oak tasting flight with any drink, Saturday and Sunday.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2105568468165200792"
          ],
          "editableUntil" : "2026-10-01T09:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tidewater Roasting Co.",
            "screen_name" : "tidewater_roast",
            "indices" : [
              "72",
              "88"
            ],
            "id_str" : "693396017902521596",
            "id" : "693396017902521596"
          },
          {
            "name" : "Northlight Coffee",
            "screen_name" : "northlight_co",
            "indices" : [
              "90",
              "104"
            ],
            "id_str" : "1257338129740727553",
            "id" : "1257338129740727553"
          },
          {
            "name" : "Priya | Kettle & Crema",
            "screen_name" : "kettleandcrema",
            "indices" : [
              "109",
              "124"
            ],
            "id_str" : "1672193223553977579",
            "id" : "1672193223553977579"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "146"
      ],
      "favorite_count" : "21",
      "id_str" : "2105568468165200792",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2105568468165200792",
      "created_at" : "Thu Oct 01 08:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Happy International Coffee Day ☕ Shout out to the people we learn from: @tidewater_roast, @northlight_co and @kettleandcrema. Go read their stuff.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104881378960082433"
          ],
          "editableUntil" : "2026-09-29T11:30:02.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "63",
      "id_str" : "2104881378960082433",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2104881378960082433",
      "created_at" : "Tue Sep 29 10:30:02 +0000 2026",
      "favorited" : false,
      "full_text" : "International Coffee Day is Thursday. Our plan: drink some, and thank the farmers who grew it. (Also our plan every other day.)",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2104496416800900857"
          ],
          "editableUntil" : "2026-09-28T10:00:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ZOBsRnwoMs",
            "expanded_url" : "https://fernhillcoffee.example/blog/how-to-cup-coffee-at-home",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "17",
      "id_str" : "2104496416800900857",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2104496416800900857",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 28 09:00:20 +0000 2026",
      "favorited" : false,
      "full_text" : "You don't need special kit to cup coffee at home: a few mugs, a spoon, a timer. The method we use at the roastery: https://t.co/ZOBsRnwoMs",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2103439454197779306"
          ],
          "editableUntil" : "2026-09-25T12:00:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan Whitaker",
            "screen_name" : "dan_grinds",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1450386562347962206",
            "id" : "1450386562347962206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "147"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2103435930982418022",
      "id_str" : "2103439454197779306",
      "in_reply_to_user_id" : "1450386562347962206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2103439454197779306",
      "in_reply_to_status_id" : "2103435930982418022",
      "created_at" : "Fri Sep 25 11:00:20 +0000 2026",
      "favorited" : false,
      "full_text" : "@dan_grinds Inverted just means you brew with the AeroPress upside down so nothing drips through while it steeps. Be careful when you flip it back!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dan_grinds",
      "in_reply_to_user_id_str" : "1450386562347962206"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2102749909177337351"
          ],
          "editableUntil" : "2026-09-23T14:20:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "66"
      ],
      "favorite_count" : "18",
      "id_str" : "2102749909177337351",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2102749909177337351",
      "created_at" : "Wed Sep 23 13:20:20 +0000 2026",
      "favorited" : false,
      "full_text" : "Autumn equinox today. Days getting shorter, cups getting bigger. 🍂",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2101959746293598977"
          ],
          "editableUntil" : "2026-09-21T10:00:30.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "AeroPress",
            "indices" : [
              "133",
              "143"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kb1IB5LcJF",
            "expanded_url" : "https://fernhillcoffee.example/blog/three-aeropress-recipes",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "143"
      ],
      "favorite_count" : "14",
      "id_str" : "2101959746293598977",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2101959746293598977",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 21 09:00:30 +0000 2026",
      "favorited" : false,
      "full_text" : "Three AeroPress recipes from our team, from everyday to inverted and strong. Which one are you trying first? https://t.co/kb1IB5LcJF #AeroPress",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100978383092451217"
          ],
          "editableUntil" : "2026-09-18T17:00:55.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mill City Bakes",
            "screen_name" : "millcitybakes",
            "indices" : [
              "42",
              "56"
            ],
            "id_str" : "522189637",
            "id" : "522189637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "13",
      "id_str" : "2100978383092451217",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100978383092451217",
      "created_at" : "Fri Sep 18 16:00:55 +0000 2026",
      "favorited" : false,
      "full_text" : "Ember &amp; Oak + the new apple cake from @millcitybakes = our weekend special at the Mill Street shop. $9 for both.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100517825629130296"
          ],
          "editableUntil" : "2026-09-17T10:30:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lzvgYU3YmK",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/ember-and-oak",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "11",
      "id_str" : "2100517825629130296",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2100517825629130296",
      "possibly_sensitive" : false,
      "created_at" : "Thu Sep 17 09:30:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Ember &amp; Oak update: half the first roast went in three days. If you want some, now's the time. https://t.co/lzvgYU3YmK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100238416397469294"
          ],
          "editableUntil" : "2026-09-16T16:00:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/foVQPNvjzb",
            "expanded_url" : "https://twitter.com/kettleandcrema/status/2099919313749149105",
            "display_url" : "twitter.com/kettleandcrem…",
            "indices" : [
              "107",
              "130"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "130"
      ],
      "favorite_count" : "13",
      "id_str" : "2100238416397469294",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2100238416397469294",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 16 15:00:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Thank you for the lovely review, Priya! ☕🍂 Ember &amp; Oak is in the shop until the green coffee runs out. https://t.co/foVQPNvjzb",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2100142809154584781"
          ],
          "editableUntil" : "2026-09-16T09:40:39.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HCAQrjj4vP",
            "expanded_url" : "https://en.wikipedia.org/wiki/Coffee_ring_effect",
            "display_url" : "en.wikipedia.org/wiki/Cof…",
            "indices" : [
              "165",
              "188"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "188"
      ],
      "favorite_count" : "25",
      "id_str" : "2100142809154584781",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2100142809154584781",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 16 08:40:39 +0000 2026",
      "favorited" : false,
      "full_text" : "Ever wondered why a coffee spill dries into a ring? Water evaporates fastest at the edge and drags the particles outward. Physicists call it the coffee ring effect: https://t.co/HCAQrjj4vP",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099800419864676580"
          ],
          "editableUntil" : "2026-09-15T11:00:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rachel Kim",
            "screen_name" : "rachelbrewsit",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "219042739",
            "id" : "219042739"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Y5G2tyQx03",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/ember-and-oak",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "147"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2099754366406755801",
      "id_str" : "2099800419864676580",
      "in_reply_to_user_id" : "219042739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2099800419864676580",
      "in_reply_to_status_id" : "2099754366406755801",
      "possibly_sensitive" : false,
      "created_at" : "Tue Sep 15 10:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "@rachelbrewsit It's lovely as espresso! Go slightly coarser than Morning Ridge: 18 g in, 40 g out. You can grab a bag here: https://t.co/Y5G2tyQx03",
      "lang" : "en",
      "in_reply_to_screen_name" : "rachelbrewsit",
      "in_reply_to_user_id_str" : "219042739"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099475824020295161"
          ],
          "editableUntil" : "2026-09-14T13:30:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/dZwsP6RsYW",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "33",
      "id_str" : "2099475824020295161",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2099475824020295161",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 14 12:30:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Ember &amp; Oak is also September's Brew Club coffee. Not a member yet? Join by the 20th and it's in your first box. https://t.co/dZwsP6RsYW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2099408043564335734"
          ],
          "editableUntil" : "2026-09-14T09:00:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FernhillAutumn",
            "indices" : [
              "164",
              "179"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mPq7hXZH4b",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/ember-and-oak",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "140",
              "163"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "179"
      ],
      "favorite_count" : "40",
      "id_str" : "2099408043564335734",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2099408043564335734",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 14 08:00:57 +0000 2026",
      "favorited" : false,
      "full_text" : "We're thrilled to announce Ember &amp; Oak, our autumn seasonal blend. Toasted hazelnut, baked plum, cocoa. Limited roast, available today: https://t.co/mPq7hXZH4b #FernhillAutumn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098464235448174957"
          ],
          "editableUntil" : "2026-09-11T18:30:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "FernhillAutumn",
            "indices" : [
              "81",
              "96"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "11",
      "id_str" : "2098464235448174957",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2098464235448174957",
      "created_at" : "Fri Sep 11 17:30:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Sneak peek: toasted hazelnut, baked plum, cocoa. Name and bag reveal on Monday 👀 #FernhillAutumn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2098049093648516889"
          ],
          "editableUntil" : "2026-09-10T15:00:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah Pérez",
            "screen_name" : "jonah_pours",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1100327639446457751",
            "id" : "1100327639446457751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "162"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2097952708542597480",
      "id_str" : "2098049093648516889",
      "in_reply_to_user_id" : "1100327639446457751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2098049093648516889",
      "in_reply_to_status_id" : "2097952708542597480",
      "created_at" : "Thu Sep 10 14:00:58 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonah_pours FOB is the price paid up to the point the coffee is loaded on the ship at origin. Freight, import and storage come after, about $0.90/lb more for us.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonah_pours",
      "in_reply_to_user_id_str" : "1100327639446457751"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2097626187172940039"
          ],
          "editableUntil" : "2026-09-09T11:00:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kfnbVnD80m",
            "expanded_url" : "https://fernhillcoffee.example/newsletter",
            "display_url" : "fernhillcoffee.example/ne…",
            "indices" : [
              "113",
              "136"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "136"
      ],
      "favorite_count" : "10",
      "id_str" : "2097626187172940039",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2097626187172940039",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 09 10:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Something new is in the roaster. Our autumn seasonal blend drops Monday 🍂 Newsletter subscribers get first dibs: https://t.co/kfnbVnD80m",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2096886390145941519"
          ],
          "editableUntil" : "2026-09-07T10:00:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/l92BrZqDmd",
            "expanded_url" : "https://fernhillcoffee.example/blog/green-coffee-transparency-report-2026",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "34",
      "id_str" : "2096886390145941519",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2096886390145941519",
      "possibly_sensitive" : false,
      "created_at" : "Mon Sep 07 09:00:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Every year we publish what we paid for green coffee. 2026: $3.85–4.60/lb FOB across our three main partners. Full numbers and context: https://t.co/l92BrZqDmd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095833119318868477"
          ],
          "editableUntil" : "2026-09-04T12:15:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "22",
      "id_str" : "2095833119318868477",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2095833119318868477",
      "created_at" : "Fri Sep 04 11:15:28 +0000 2026",
      "favorited" : false,
      "full_text" : "Friday question: what's the most surprising flavour you've ever found in a coffee? Ours: a Bolivian that tasted exactly like a strawberry milkshake.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2095187580290076208"
          ],
          "editableUntil" : "2026-09-02T17:30:20.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/sqvXl22788",
            "expanded_url" : "https://northerncoffeeawards.example/vote",
            "display_url" : "northerncoffeeawards.exam…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "4",
      "id_str" : "2095187580290076208",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2095187580290076208",
      "possibly_sensitive" : false,
      "created_at" : "Wed Sep 02 16:30:20 +0000 2026",
      "favorited" : false,
      "full_text" : "We've been nominated for Best Roaster 2026 at the Northern Coffee Awards! If you enjoy our coffee, a vote would mean a lot: https://t.co/sqvXl22788",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094757232305505965"
          ],
          "editableUntil" : "2026-09-01T13:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Greenline Importers",
            "screen_name" : "greenline_beans",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "169479790",
            "id" : "169479790"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "2094757232305505965",
      "truncated" : false,
      "retweet_count" : "52",
      "id" : "2094757232305505965",
      "created_at" : "Tue Sep 01 12:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @greenline_beans: Harvest update from Guji: early picking is about two weeks late this year after heavy rain. Quality looks excellent so far.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2094349523806586733"
          ],
          "editableUntil" : "2026-08-31T10:00:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/kPm789CnEz",
            "expanded_url" : "https://fernhillcoffee.example/blog/roast-levels-explained",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "16",
      "id_str" : "2094349523806586733",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2094349523806586733",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 31 09:00:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Light, medium, dark: what those words actually mean at our roastery, and why no level is \"better\". https://t.co/kPm789CnEz",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092915188599623366"
          ],
          "editableUntil" : "2026-08-27T11:00:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "79"
      ],
      "favorite_count" : "16",
      "id_str" : "2092915188599623366",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2092915188599623366",
      "created_at" : "Thu Aug 27 10:00:40 +0000 2026",
      "favorited" : false,
      "full_text" : "First fresh roasts after three weeks off. Honestly the best smell in the world.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2092243115782963566"
          ],
          "editableUntil" : "2026-08-25T14:30:05.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam Okoro",
            "screen_name" : "sam_homebrews",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1646861925872569679",
            "id" : "1646861925872569679"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "150"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "2092202095489845920",
      "id_str" : "2092243115782963566",
      "in_reply_to_user_id" : "1646861925872569679",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2092243115782963566",
      "in_reply_to_status_id" : "2092202095489845920",
      "created_at" : "Tue Aug 25 13:30:05 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_homebrews Rice can jam some grinders and the dust is hard to get out. Cleaning tablets made for grinders are safer, or just a brush and a vacuum.",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_homebrews",
      "in_reply_to_user_id_str" : "1646861925872569679"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2091812926124985694"
          ],
          "editableUntil" : "2026-08-24T10:00:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/YEQb28MILm",
            "expanded_url" : "https://fernhillcoffee.example/blog/cleaning-your-grinder-and-machine",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "23",
      "id_str" : "2091812926124985694",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2091812926124985694",
      "possibly_sensitive" : false,
      "created_at" : "Mon Aug 24 09:00:40 +0000 2026",
      "favorited" : false,
      "full_text" : "We're back! First job after the break: a deep clean of every grinder and machine. Here's how to do yours at home: https://t.co/YEQb28MILm",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082858787785409472"
          ],
          "editableUntil" : "2026-07-30T17:00:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fiDagZzaZd",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/fernhill-house-blend",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "18",
      "id_str" : "2082858787785409472",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2082858787785409472",
      "possibly_sensitive" : false,
      "created_at" : "Thu Jul 30 16:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Last roast before our break is Friday. Order by Thursday noon for fresh beans to see you through August. https://t.co/fiDagZzaZd",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2082058514653514459"
          ],
          "editableUntil" : "2026-07-28T12:00:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "145"
      ],
      "favorite_count" : "18",
      "id_str" : "2082058514653514459",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2082058514653514459",
      "created_at" : "Tue Jul 28 11:00:07 +0000 2026",
      "favorited" : false,
      "full_text" : "Heads up: the roastery is closed August 3–23 so the team can rest. The Mill Street shop stays open with shorter hours. See you on the other side.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2080658189929416433"
          ],
          "editableUntil" : "2026-07-24T15:15:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/WDPW7XxduW",
            "expanded_url" : "https://shop.fernhillcoffee.example/checkout",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "87",
              "110"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "110"
      ],
      "favorite_count" : "56",
      "id_str" : "2080658189929416433",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2080658189929416433",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 24 14:15:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer sale in the online shop: 15% off all 1 kg bags until Sunday with code SUMMER15. https://t.co/WDPW7XxduW",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079929675374658806"
          ],
          "editableUntil" : "2026-07-22T15:00:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "99"
      ],
      "favorite_count" : "55",
      "id_str" : "2079929675374658806",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2079929675374658806",
      "created_at" : "Wed Jul 22 14:00:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Freeze leftover coffee in an ice cube tray tonight. Tomorrow: iced coffee that doesn't turn watery.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2079501692352597281"
          ],
          "editableUntil" : "2026-07-21T10:40:13.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "17",
      "id_str" : "2079501692352597281",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2079501692352597281",
      "created_at" : "Tue Jul 21 09:40:13 +0000 2026",
      "favorited" : false,
      "full_text" : "Roastery fact: a batch loses about 15% of its weight during roasting, mostly water. So 1 kg of green coffee becomes roughly 850 g of roasted beans.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2078162936051795381"
          ],
          "editableUntil" : "2026-07-17T18:00:29.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0quXbAxQJh",
            "expanded_url" : "https://twitter.com/bettercupnews/status/2077835780339794791",
            "display_url" : "twitter.com/bettercupnews…",
            "indices" : [
              "114",
              "137"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "17",
      "id_str" : "2078162936051795381",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2078162936051795381",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 17 17:00:29 +0000 2026",
      "favorited" : false,
      "full_text" : "Every café owner should read this on heat safety for staff. We've started 15-minute cool-down breaks on hot days. https://t.co/0quXbAxQJh",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077732546342292895"
          ],
          "editableUntil" : "2026-07-16T13:30:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "180"
      ],
      "favorite_count" : "32",
      "id_str" : "2077732546342292895",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2077732546342292895",
      "created_at" : "Thu Jul 16 12:30:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Lots of you asked about our paper cups: they're lined with plant-based PLA and go in the city's food waste bin, not recycling. Or bring your own mug, we're always happy to fill it.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2077407900027849768"
          ],
          "editableUntil" : "2026-07-15T16:00:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/EJIqmnmp91",
            "expanded_url" : "https://example.com/x.png",
            "display_url" : "example.com/x.png",
            "indices" : [
              "60",
              "83"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "218"
      ],
      "favorite_count" : "19",
      "id_str" : "2077407900027849768",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2077407900027849768",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 15 15:00:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Markdown tip from the team rebuilding our brew guides: ![x](https://t.co/EJIqmnmp91) embeds an image, and the text in the square brackets is the alt text. Please write something more useful than \"x\" for screen readers.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076981424560277416"
          ],
          "editableUntil" : "2026-07-14T11:45:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amy Lindqvist",
            "screen_name" : "amy_latte",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "716063680",
            "id" : "716063680"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "100"
      ],
      "favorite_count" : "2",
      "in_reply_to_status_id_str" : "2076935622760598772",
      "id_str" : "2076981424560277416",
      "in_reply_to_user_id" : "716063680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2076981424560277416",
      "in_reply_to_status_id" : "2076935622760598772",
      "created_at" : "Tue Jul 14 10:45:34 +0000 2026",
      "favorited" : false,
      "full_text" : "@amy_latte Our decaf is sugarcane process, so it's naturally sweet. Lovely as an evening flat white.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amy_latte",
      "in_reply_to_user_id_str" : "716063680"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2076592708952001727"
          ],
          "editableUntil" : "2026-07-13T10:00:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/pXBeuNfrVF",
            "expanded_url" : "https://fernhillcoffee.example/blog/how-decaf-is-made",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "117",
              "140"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "34",
      "id_str" : "2076592708952001727",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2076592708952001727",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 13 09:00:57 +0000 2026",
      "favorited" : false,
      "full_text" : "How is decaf made? Swiss Water, sugarcane, CO2: three gentle ways to take the caffeine out and leave the flavour in. https://t.co/pXBeuNfrVF",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2075618579193006802"
          ],
          "editableUntil" : "2026-07-10T17:30:07.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/gDvLw1Az9N",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "147"
      ],
      "favorite_count" : "7",
      "id_str" : "2075618579193006802",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2075618579193006802",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jul 10 16:30:07 +0000 2026",
      "favorited" : false,
      "full_text" : "July's Brew Club coffee: a bright washed Kenyan with blackcurrant and lime. Still time to join before it ships on the 15th. https://t.co/gDvLw1Az9N",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074840998130747068"
          ],
          "editableUntil" : "2026-07-08T14:00:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Coffee Water Lab",
            "screen_name" : "coffeewaterlab",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "583589386646455191",
            "id" : "583589386646455191"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ZnCqpDLNr4",
            "expanded_url" : "https://coffeewaterlab.example/blog/bottled-water-test",
            "display_url" : "coffeewaterlab.example/bl…",
            "indices" : [
              "98",
              "121"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "0",
      "id_str" : "2074840998130747068",
      "truncated" : false,
      "retweet_count" : "61",
      "id" : "2074840998130747068",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jul 08 13:00:17 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @coffeewaterlab: We tested 12 bottled waters for brewing. Only 3 came close to the SCA target. https://t.co/ZnCqpDLNr4",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2074063444268551538"
          ],
          "editableUntil" : "2026-07-06T10:30:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/HVyudpHWw2",
            "expanded_url" : "https://fernhillcoffee.example/blog/roaster-roundup-summer",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "101",
              "124"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "17",
      "id_str" : "2074063444268551538",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2074063444268551538",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jul 06 09:30:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer reading list: four pieces from other roasters and writers that taught us something this year. https://t.co/HVyudpHWw2",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2073044199246135661"
          ],
          "editableUntil" : "2026-07-03T15:00:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "120"
      ],
      "favorite_count" : "13",
      "id_str" : "2073044199246135661",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2073044199246135661",
      "created_at" : "Fri Jul 03 14:00:27 +0000 2026",
      "favorited" : false,
      "full_text" : "We're closing at 2pm tomorrow so the team can enjoy the 4th. Stay cool &amp; drink some water between coffees, everyone.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072644173122505742"
          ],
          "editableUntil" : "2026-07-02T12:30:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rachel Kim",
            "screen_name" : "rachelbrewsit",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "219042739",
            "id" : "219042739"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "129"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2072562887510986256",
      "id_str" : "2072644173122505742",
      "in_reply_to_user_id" : "219042739",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2072644173122505742",
      "in_reply_to_status_id" : "2072562887510986256",
      "created_at" : "Thu Jul 02 11:30:53 +0000 2026",
      "favorited" : false,
      "full_text" : "@rachelbrewsit For flash brew, a washed Ethiopian or Kenyan is lovely. Anything with citrus or floral notes really pops over ice.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rachelbrewsit",
      "in_reply_to_user_id_str" : "219042739"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2072017564556329137"
          ],
          "editableUntil" : "2026-06-30T19:00:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lwBOnHPiwH",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "104",
              "127"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "5",
      "id_str" : "2072017564556329137",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2072017564556329137",
      "possibly_sensitive" : false,
      "created_at" : "Tue Jun 30 18:00:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Reminder: Brew Club pricing changes tomorrow. Today is the last day to lock in $17 a bag until January. https://t.co/lwBOnHPiwH",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2071519256666703320"
          ],
          "editableUntil" : "2026-06-29T10:00:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/86d9JzkOcj",
            "expanded_url" : "https://fernhillcoffee.example/blog/japanese-iced-coffee-flash-brew",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "37",
      "id_str" : "2071519256666703320",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2071519256666703320",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 29 09:00:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Flash brew: iced coffee in five minutes that keeps all the fruity notes. Brew hot, straight onto ice. https://t.co/86d9JzkOcj",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2070477414051349860"
          ],
          "editableUntil" : "2026-06-26T13:00:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "19",
      "id_str" : "2070477414051349860",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2070477414051349860",
      "created_at" : "Fri Jun 26 12:00:57 +0000 2026",
      "favorited" : false,
      "full_text" : "We asked the team for their summer brew. Results: 3 flash brew, 2 cold brew, 1 hot espresso \"on principle\". What's yours?",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2069367578098141753"
          ],
          "editableUntil" : "2026-06-23T11:30:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "14",
      "id_str" : "2069367578098141753",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2069367578098141753",
      "created_at" : "Tue Jun 23 10:30:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Heatwave tip: keep your beans out of the sun and away from the stove. Heat ages roasted coffee fast. A cool, dark cupboard is perfect.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067598301523348104"
          ],
          "editableUntil" : "2026-06-18T14:20:23.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "119"
      ],
      "favorite_count" : "34",
      "id_str" : "2067598301523348104",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2067598301523348104",
      "created_at" : "Thu Jun 18 13:20:23 +0000 2026",
      "favorited" : false,
      "full_text" : "Father's Day is Sunday. A well-made cup of coffee brought to someone in bed counts as a present. No purchase necessary.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2067276192238535823"
          ],
          "editableUntil" : "2026-06-17T17:00:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/FDcrNhOGOL",
            "expanded_url" : "https://twitter.com/tidewater_roast/status/2067061527759816749",
            "display_url" : "twitter.com/tidewater_roa…",
            "indices" : [
              "89",
              "112"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "112"
      ],
      "favorite_count" : "44",
      "id_str" : "2067276192238535823",
      "truncated" : false,
      "retweet_count" : "11",
      "id" : "2067276192238535823",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 17 16:00:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Love to see it. Huge congratulations to the Tidewater team on opening their second café! https://t.co/FDcrNhOGOL",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066536272247130163"
          ],
          "editableUntil" : "2026-06-15T16:00:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vvfM7UTIfK",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/morning-ridge-espresso",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "130",
              "153"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "8",
      "id_str" : "2066536272247130163",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2066536272247130163",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 15 15:00:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Father's Day gift sorted: a bag of Morning Ridge Espresso with a handwritten note. Order by Wednesday for delivery before Sunday. https://t.co/vvfM7UTIfK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2066445848228659451"
          ],
          "editableUntil" : "2026-06-15T10:00:57.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/I8qx9wRama",
            "expanded_url" : "https://fernhillcoffee.example/blog/thank-you-to-our-farmers",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "159",
              "182"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "182"
      ],
      "favorite_count" : "44",
      "id_str" : "2066445848228659451",
      "truncated" : false,
      "retweet_count" : "7",
      "id" : "2066445848228659451",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 15 09:00:57 +0000 2026",
      "favorited" : false,
      "full_text" : "Join us in thanking the farmers behind every bag we roast: Marleny Ruiz and family in Huila, 400 smallholders at Guji Highlands, and the Caranavi cooperative. https://t.co/I8qx9wRama",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065736142103249576"
          ],
          "editableUntil" : "2026-06-13T11:00:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "106"
      ],
      "favorite_count" : "5",
      "id_str" : "2065736142103249576",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2065736142103249576",
      "created_at" : "Sat Jun 13 10:00:50 +0000 2026",
      "favorited" : false,
      "full_text" : "Saturday special at the Mill Street shop: any bag of beans plus a cortado for $20, all day. See you there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2065154757223252969"
          ],
          "editableUntil" : "2026-06-11T20:30:37.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan Whitaker",
            "screen_name" : "dan_grinds",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1450386562347962206",
            "id" : "1450386562347962206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "137"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2065125816525654838",
      "id_str" : "2065154757223252969",
      "in_reply_to_user_id" : "1450386562347962206",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2065154757223252969",
      "in_reply_to_status_id" : "2065125816525654838",
      "created_at" : "Thu Jun 11 19:30:37 +0000 2026",
      "favorited" : false,
      "full_text" : "@dan_grinds The 1:2 ratio is a starting point, not a rule. Plenty of lighter roasts taste better at 1:2.5 or even 1:3. Trust your tongue!",
      "lang" : "en",
      "in_reply_to_screen_name" : "dan_grinds",
      "in_reply_to_user_id_str" : "1450386562347962206"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064709388987269417"
          ],
          "editableUntil" : "2026-06-10T15:00:53.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya | Kettle & Crema",
            "screen_name" : "kettleandcrema",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1672193223553977579",
            "id" : "1672193223553977579"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/UwDNaukqMB",
            "expanded_url" : "https://kettleandcrema.example/posts/espresso-log-template",
            "display_url" : "kettleandcrema.example/po…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "2064709388987269417",
      "truncated" : false,
      "retweet_count" : "52",
      "id" : "2064709388987269417",
      "possibly_sensitive" : false,
      "created_at" : "Wed Jun 10 14:00:53 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kettleandcrema: Free printable espresso shot log. No email, no signup. Dose, yield, time, taste. Print it, stick it on the fridge. https://t.co/UwDNaukqMB",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2064306600079788857"
          ],
          "editableUntil" : "2026-06-09T12:20:21.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "26",
      "id_str" : "2064306600079788857",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2064306600079788857",
      "created_at" : "Tue Jun 09 11:20:21 +0000 2026",
      "favorited" : false,
      "full_text" : "Espresso tip: if your shots suddenly run fast on the same grind setting, check the roast date. Older beans hold less gas and flow faster.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2063912808583528992"
          ],
          "editableUntil" : "2026-06-08T10:15:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/xxUYQuWlla",
            "expanded_url" : "https://fernhillcoffee.example/blog/dialing-in-espresso-at-home",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "138",
              "161"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "161"
      ],
      "favorite_count" : "51",
      "id_str" : "2063912808583528992",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2063912808583528992",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 08 09:15:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Dialing in espresso at home: start with 18 g in, 36 g out, 25–32 seconds, then taste before you look at the timer. Our five-step routine: https://t.co/xxUYQuWlla",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062923833626593098"
          ],
          "editableUntil" : "2026-06-05T16:45:43.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/PLAC1PASRA",
            "expanded_url" : "https://twitter.com/sam_homebrews/status/2062520677126112818",
            "display_url" : "twitter.com/sam_homebrews…",
            "indices" : [
              "94",
              "117"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "6",
      "id_str" : "2062923833626593098",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2062923833626593098",
      "possibly_sensitive" : false,
      "created_at" : "Fri Jun 05 15:45:43 +0000 2026",
      "favorited" : false,
      "full_text" : "Reviews like this are why we do it 🥺 If you want a new coffee every month, Brew Club is open: https://t.co/PLAC1PASRA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2062142288624094354"
          ],
          "editableUntil" : "2026-06-03T13:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "117"
      ],
      "favorite_count" : "16",
      "id_str" : "2062142288624094354",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2062142288624094354",
      "created_at" : "Wed Jun 03 12:00:09 +0000 2026",
      "favorited" : false,
      "full_text" : "Iced latte season. Pro tip: pull the shot over a splash of cold milk first, then add ice. Less shock, smoother drink.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061858055364020692"
          ],
          "editableUntil" : "2026-06-02T18:10:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah Pérez",
            "screen_name" : "jonah_pours",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1100327639446457751",
            "id" : "1100327639446457751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "190"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2061787591056820321",
      "id_str" : "2061858055364020692",
      "in_reply_to_user_id" : "1100327639446457751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2061858055364020692",
      "in_reply_to_status_id" : "2061787591056820321",
      "created_at" : "Tue Jun 02 17:10:42 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonah_pours Totally fair question. Green coffee costs rose by about a third for us this year; we break it all down in our transparency report every September. Happy to answer anything else.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonah_pours",
      "in_reply_to_user_id_str" : "1100327639446457751"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2061372235460906847"
          ],
          "editableUntil" : "2026-06-01T10:00:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/g0Aki1qNLk",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "107",
              "130"
            ]
          },
          {
            "url" : "https://t.co/PXpG7Pl6mq",
            "expanded_url" : "https://fernhillcoffee.example/blog/brew-club-price-update",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "154",
              "177"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "177"
      ],
      "favorite_count" : "4",
      "id_str" : "2061372235460906847",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2061372235460906847",
      "possibly_sensitive" : false,
      "created_at" : "Mon Jun 01 09:00:14 +0000 2026",
      "favorited" : false,
      "full_text" : "From July 1 Brew Club goes from $17 to $19 a bag. Join before then and keep $17 until the end of the year. https://t.co/g0Aki1qNLk Why we're changing it: https://t.co/PXpG7Pl6mq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2059945326797654853"
          ],
          "editableUntil" : "2026-05-28T11:30:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Better Cup News",
            "screen_name" : "bettercupnews",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "2008003780",
            "id" : "2008003780"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ipq7moS18R",
            "expanded_url" : "https://bettercup.example/news/coffee-prices-2026",
            "display_url" : "bettercup.example/news/co…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "2059945326797654853",
      "truncated" : false,
      "retweet_count" : "54",
      "id" : "2059945326797654853",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 28 10:30:12 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @bettercupnews: Why is coffee getting more expensive? We talked to farmers, importers and roasters about 2026 prices. https://t.co/ipq7moS18R",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057446482021190478"
          ],
          "editableUntil" : "2026-05-21T14:00:41.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/MykolOCVd1",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/cold-brew-kit",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "93",
              "116"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "116"
      ],
      "favorite_count" : "8",
      "id_str" : "2057446482021190478",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2057446482021190478",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 21 13:00:41 +0000 2026",
      "favorited" : false,
      "full_text" : "Our cold brew kit is back: House Blend ground coarse, two filter bags and a 1 L jar for $29. https://t.co/MykolOCVd1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2057069037879296779"
          ],
          "editableUntil" : "2026-05-20T13:00:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/V9cISNuNX3",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "103",
              "126"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "126"
      ],
      "favorite_count" : "14",
      "id_str" : "2057069037879296779",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2057069037879296779",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 20 12:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "Brew Club gift subscriptions: 3, 6 or 12 months of fresh coffee, delivered. Graduation present sorted. https://t.co/V9cISNuNX3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2056300079748220195"
          ],
          "editableUntil" : "2026-05-18T10:05:17.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "coldbrew",
            "indices" : [
              "157",
              "166"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/0N1fzK0Aa4",
            "expanded_url" : "https://fernhillcoffee.example/blog/cold-brew-concentrate-recipe",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "133",
              "156"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "34",
      "id_str" : "2056300079748220195",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2056300079748220195",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 18 09:05:17 +0000 2026",
      "favorited" : false,
      "full_text" : "Summer's coming, so here's our cold brew concentrate recipe: 100 g coarse coffee, 1 litre water, 16–18 hours in the fridge. Details: https://t.co/0N1fzK0Aa4 #coldbrew",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055717552461448033"
          ],
          "editableUntil" : "2026-05-16T19:30:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "13",
      "id_str" : "2055717552461448033",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2055717552461448033",
      "created_at" : "Sat May 16 18:30:32 +0000 2026",
      "favorited" : false,
      "full_text" : "Today a customer taught us a trick: warm your mug with hot water while the coffee brews. It stays hot twice as long. Never too old to learn.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2055241789480109513"
          ],
          "editableUntil" : "2026-05-15T12:00:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "137"
      ],
      "favorite_count" : "35",
      "id_str" : "2055241789480109513",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2055241789480109513",
      "created_at" : "Fri May 15 11:00:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Cupping table this morning: three Colombians and one surprising Peruvian. Tasting side by side is the fastest way to learn what you like.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054960041701674414"
          ],
          "editableUntil" : "2026-05-14T17:20:27.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/IBEmlwXAdp",
            "expanded_url" : "https://fernhillcoffee.example/workshops/book",
            "display_url" : "fernhillcoffee.example/wo…",
            "indices" : [
              "81",
              "104"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "6",
      "id_str" : "2054960041701674414",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2054960041701674414",
      "possibly_sensitive" : false,
      "created_at" : "Thu May 14 16:20:27 +0000 2026",
      "favorited" : false,
      "full_text" : "Last 2 seats for Saturday's Home Barista Workshop. Coffee and pastries included. https://t.co/IBEmlwXAdp",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054504620641748285"
          ],
          "editableUntil" : "2026-05-13T11:10:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "28",
      "id_str" : "2054504620641748285",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2054504620641748285",
      "created_at" : "Wed May 13 10:10:47 +0000 2026",
      "favorited" : false,
      "full_text" : "Green coffee from Bolivia arrived today: 20 bags, 69 kg each, one very happy forklift driver. Thank you to the Caranavi cooperative &amp; everyone who got it here safely.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2054207469332203743"
          ],
          "editableUntil" : "2026-05-12T15:30:00.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Amy Lindqvist",
            "screen_name" : "amy_latte",
            "indices" : [
              "0",
              "10"
            ],
            "id_str" : "716063680",
            "id" : "716063680"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "11",
        "135"
      ],
      "favorite_count" : "5",
      "in_reply_to_status_id_str" : "2054162170849002549",
      "id_str" : "2054207469332203743",
      "in_reply_to_user_id" : "716063680",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2054207469332203743",
      "in_reply_to_status_id" : "2054162170849002549",
      "created_at" : "Tue May 12 14:30:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@amy_latte That's the natural process! The fruit dries on the bean, which is where the blueberry note comes from. So glad you liked it.",
      "lang" : "en",
      "in_reply_to_screen_name" : "amy_latte",
      "in_reply_to_user_id_str" : "716063680"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2053762258248404437"
          ],
          "editableUntil" : "2026-05-11T10:00:54.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/7WrxBbrlki",
            "expanded_url" : "https://fernhillcoffee.example/blog/washed-natural-honey-processing",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "126",
              "149"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "60",
      "id_str" : "2053762258248404437",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2053762258248404437",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 11 09:00:54 +0000 2026",
      "favorited" : false,
      "full_text" : "Washed, natural, honey: the same cherry can taste like tea, strawberry jam or caramel depending on how it's dried. Explainer: https://t.co/7WrxBbrlki",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2052805793966721545"
          ],
          "editableUntil" : "2026-05-08T18:40:15.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "123"
      ],
      "favorite_count" : "12",
      "id_str" : "2052805793966721545",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2052805793966721545",
      "created_at" : "Fri May 08 17:40:15 +0000 2026",
      "favorited" : false,
      "full_text" : "Buying coffee for your mum this weekend? Ask how she brews first. Espresso beans and a French press don't always get along.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051997966125761424"
          ],
          "editableUntil" : "2026-05-06T13:10:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Tidewater Roasting Co.",
            "screen_name" : "tidewater_roast",
            "indices" : [
              "3",
              "19"
            ],
            "id_str" : "693396017902521596",
            "id" : "693396017902521596"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/ZSBJbDiead",
            "expanded_url" : "https://tidewaterroasting.example/journal/freezer-experiment",
            "display_url" : "tidewaterroasting.example…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "2051997966125761424",
      "truncated" : false,
      "retweet_count" : "38",
      "id" : "2051997966125761424",
      "possibly_sensitive" : false,
      "created_at" : "Wed May 06 12:10:14 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @tidewater_roast: We froze half a batch and rested the other half at room temp for 6 weeks. The blind tasting results surprised us. https://t.co/ZSBJbDiead",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2051230419541558803"
          ],
          "editableUntil" : "2026-05-04T10:20:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/ifjmGj8uzn",
            "expanded_url" : "https://fernhillcoffee.example/blog/should-you-freeze-coffee-beans",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "21",
      "id_str" : "2051230419541558803",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2051230419541558803",
      "possibly_sensitive" : false,
      "created_at" : "Mon May 04 09:20:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Should you freeze coffee beans? Yes, if you portion them, keep the air out and grind straight from frozen. Here's how: https://t.co/ifjmGj8uzn",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2050153467082703522"
          ],
          "editableUntil" : "2026-05-01T11:00:51.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/vIFl6gillT",
            "expanded_url" : "https://fernhillcoffee.example/workshops/book",
            "display_url" : "fernhillcoffee.example/wo…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "6",
      "id_str" : "2050153467082703522",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2050153467082703522",
      "possibly_sensitive" : false,
      "created_at" : "Fri May 01 10:00:51 +0000 2026",
      "favorited" : false,
      "full_text" : "The May 16 workshop is already half full. If you've been meaning to learn espresso at home, grab a seat: https://t.co/vIFl6gillT",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049873963860889034"
          ],
          "editableUntil" : "2026-04-30T16:30:12.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "140"
      ],
      "favorite_count" : "9",
      "id_str" : "2049873963860889034",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2049873963860889034",
      "created_at" : "Thu Apr 30 15:30:12 +0000 2026",
      "favorited" : false,
      "full_text" : "Unpopular opinion: you don't need a gooseneck kettle for great pour-over. Pour slowly from a regular kettle and you're 90% of the way there.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2049081227666788088"
          ],
          "editableUntil" : "2026-04-28T12:00:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Rachel Kim",
            "screen_name" : "rachelbrewsit",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "219042739",
            "id" : "219042739"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "15",
        "191"
      ],
      "favorite_count" : "7",
      "in_reply_to_status_id_str" : "2048992643966307583",
      "id_str" : "2049081227666788088",
      "in_reply_to_user_id" : "219042739",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2049081227666788088",
      "in_reply_to_status_id" : "2048992643966307583",
      "created_at" : "Tue Apr 28 11:00:09 +0000 2026",
      "favorited" : false,
      "full_text" : "@rachelbrewsit Yes, a moka pot works well with an espresso roast. Grind a bit coarser than for espresso, fill the base with hot water and take it off the heat as soon as it starts to sputter.",
      "lang" : "en",
      "in_reply_to_screen_name" : "rachelbrewsit",
      "in_reply_to_user_id_str" : "219042739"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2048688661536441353"
          ],
          "editableUntil" : "2026-04-27T10:00:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "HomeBarista",
            "indices" : [
              "158",
              "170"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9hyekvJskI",
            "expanded_url" : "https://fernhillcoffee.example/workshops/book",
            "display_url" : "fernhillcoffee.example/wo…",
            "indices" : [
              "134",
              "157"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "170"
      ],
      "favorite_count" : "4",
      "id_str" : "2048688661536441353",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2048688661536441353",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 27 09:00:14 +0000 2026",
      "favorited" : false,
      "full_text" : "The Home Barista Workshop is back! Learn to dial in espresso, steam milk and pour a heart in 3 hours. Six people max per class. Book: https://t.co/9hyekvJskI #HomeBarista",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2047707196757640870"
          ],
          "editableUntil" : "2026-04-24T17:00:14.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/4vhXXJGora",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/fernhill-house-blend",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "102",
              "125"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "125"
      ],
      "favorite_count" : "2",
      "id_str" : "2047707196757640870",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2047707196757640870",
      "possibly_sensitive" : false,
      "created_at" : "Fri Apr 24 16:00:14 +0000 2026",
      "favorited" : false,
      "full_text" : "Weekend plans? Fernhill House Blend + a croissant from the shop = sorted. Or get the beans delivered: https://t.co/4vhXXJGora",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046869224093124036"
          ],
          "editableUntil" : "2026-04-22T09:30:26.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Old Town Community Gardens",
            "screen_name" : "oldtowngardens",
            "indices" : [
              "38",
              "53"
            ],
            "id_str" : "525467410363319624",
            "id" : "525467410363319624"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "153"
      ],
      "favorite_count" : "22",
      "id_str" : "2046869224093124036",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2046869224093124036",
      "created_at" : "Wed Apr 22 08:30:26 +0000 2026",
      "favorited" : false,
      "full_text" : "Earth Day: our roasting chaff goes to @oldtowngardens for compost, and our old burlap sacks are free to anyone who wants them. Just ask at the counter. 🌱",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046578600370506709"
          ],
          "editableUntil" : "2026-04-21T14:15:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/DCeRbOQeee",
            "expanded_url" : "https://twitter.com/kettleandcrema/status/2046202371301707042",
            "display_url" : "twitter.com/kettleandcrem…",
            "indices" : [
              "78",
              "101"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "101"
      ],
      "favorite_count" : "32",
      "id_str" : "2046578600370506709",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2046578600370506709",
      "possibly_sensitive" : false,
      "created_at" : "Tue Apr 21 13:15:36 +0000 2026",
      "favorited" : false,
      "full_text" : "The best explanation of the bloom we've read. Worth two minutes of your time. https://t.co/DCeRbOQeee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2046152023379807358"
          ],
          "editableUntil" : "2026-04-20T10:00:32.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/Az3HLgxNmD",
            "expanded_url" : "https://fernhillcoffee.example/blog/french-press-without-sludge",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "125",
              "148"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "148"
      ],
      "favorite_count" : "46",
      "id_str" : "2046152023379807358",
      "truncated" : false,
      "retweet_count" : "9",
      "id" : "2046152023379807358",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 20 09:00:32 +0000 2026",
      "favorited" : false,
      "full_text" : "French press doesn't have to be sludgy. Wait longer, skim the crust, press only to the surface and pour gently. Full method: https://t.co/Az3HLgxNmD",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2044366573715588184"
          ],
          "editableUntil" : "2026-04-15T11:45:48.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "121"
      ],
      "favorite_count" : "7",
      "id_str" : "2044366573715588184",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2044366573715588184",
      "created_at" : "Wed Apr 15 10:45:48 +0000 2026",
      "favorited" : false,
      "full_text" : "Rainy Wednesday roasting soundtrack: the drum, the fan, and first crack popping like popcorn. Best sound in the building.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2042321818018122498"
          ],
          "editableUntil" : "2026-04-09T20:20:40.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Dan Whitaker",
            "screen_name" : "dan_grinds",
            "indices" : [
              "0",
              "11"
            ],
            "id_str" : "1450386562347962206",
            "id" : "1450386562347962206"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "12",
        "173"
      ],
      "favorite_count" : "0",
      "in_reply_to_status_id_str" : "2042304201941321318",
      "id_str" : "2042321818018122498",
      "in_reply_to_user_id" : "1450386562347962206",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2042321818018122498",
      "in_reply_to_status_id" : "2042304201941321318",
      "created_at" : "Thu Apr 09 19:20:40 +0000 2026",
      "favorited" : false,
      "full_text" : "@dan_grinds Conical burrs are usually more forgiving and cheaper. Flat burrs can give a clearer cup but cost more. For pour-over at home, either works if the burrs are good.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dan_grinds",
      "in_reply_to_user_id_str" : "1450386562347962206"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041878925243581667"
          ],
          "editableUntil" : "2026-04-08T15:00:46.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Northlight Coffee",
            "screen_name" : "northlight_co",
            "indices" : [
              "3",
              "17"
            ],
            "id_str" : "1257338129740727553",
            "id" : "1257338129740727553"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/BCQHOc2FEK",
            "expanded_url" : "https://northlight.example/blog/grinder-retention-test",
            "display_url" : "northlight.example/blog/g…",
            "indices" : [
              "121",
              "144"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "2041878925243581667",
      "truncated" : false,
      "retweet_count" : "10",
      "id" : "2041878925243581667",
      "possibly_sensitive" : false,
      "created_at" : "Wed Apr 08 14:00:46 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @northlight_co: We weighed how much coffee stays inside 9 popular grinders after each dose. Some held more than 2 g 😬 https://t.co/BCQHOc2FEK",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041081686975841029"
          ],
          "editableUntil" : "2026-04-06T10:12:50.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "151"
      ],
      "favorite_count" : "8",
      "in_reply_to_status_id_str" : "2041081443349695534",
      "id_str" : "2041081686975841029",
      "in_reply_to_user_id" : "1354829903417720833",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2041081686975841029",
      "in_reply_to_status_id" : "2041081443349695534",
      "created_at" : "Mon Apr 06 09:12:50 +0000 2026",
      "favorited" : false,
      "full_text" : "And if you're on a budget: spend it on the grinder before the brewer. A cheap plastic dripper with a great grinder beats a fancy brewer with a bad one.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fernhillcoffee",
      "in_reply_to_user_id_str" : "1354829903417720833"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041081443349695534"
          ],
          "editableUntil" : "2026-04-06T10:11:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "160"
      ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "2041081051719141106",
      "id_str" : "2041081443349695534",
      "in_reply_to_user_id" : "1354829903417720833",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2041081443349695534",
      "in_reply_to_status_id" : "2041081051719141106",
      "created_at" : "Mon Apr 06 09:11:52 +0000 2026",
      "favorited" : false,
      "full_text" : "What mattered most in our test: 1) even particle size, 2) how much coffee stays stuck inside (retention), 3) how easy it is to clean. Noise and looks came last.",
      "lang" : "en",
      "in_reply_to_screen_name" : "fernhillcoffee",
      "in_reply_to_user_id_str" : "1354829903417720833"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2041081051719141106"
          ],
          "editableUntil" : "2026-04-06T10:10:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "coffeegear",
            "indices" : [
              "162",
              "173"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/9X4GAvIwsC",
            "expanded_url" : "https://fernhillcoffee.example/blog/burr-grinder-comparison",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "138",
              "161"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "173"
      ],
      "favorite_count" : "45",
      "id_str" : "2041081051719141106",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2041081051719141106",
      "possibly_sensitive" : false,
      "created_at" : "Mon Apr 06 09:10:18 +0000 2026",
      "favorited" : false,
      "full_text" : "We tested six home grinders side by side. Spoiler: consistency beats features, and a good hand grinder beats a cheap electric for filter. https://t.co/9X4GAvIwsC #coffeegear",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2039763559214220675"
          ],
          "editableUntil" : "2026-04-02T18:55:04.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fgQiqS0uKq",
            "expanded_url" : "https://fernhillcoffee.example/careers/barista",
            "display_url" : "fernhillcoffee.example/ca…",
            "indices" : [
              "99",
              "122"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "122"
      ],
      "favorite_count" : "10",
      "id_str" : "2039763559214220675",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2039763559214220675",
      "possibly_sensitive" : false,
      "created_at" : "Thu Apr 02 17:55:04 +0000 2026",
      "favorited" : false,
      "full_text" : "Know a great barista? We're still looking for someone to join the shop team. Please pass this on 🙏 https://t.co/fgQiqS0uKq",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038924394994075226"
          ],
          "editableUntil" : "2026-03-31T11:20:31.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "163"
      ],
      "favorite_count" : "50",
      "id_str" : "2038924394994075226",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2038924394994075226",
      "created_at" : "Tue Mar 31 10:20:31 +0000 2026",
      "favorited" : false,
      "full_text" : "Three signs your beans are stale: no bloom when you pour, a flat papery taste, and the bag smells of... not much. Beans are at their best 5–30 days after roasting.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2038541847332127544"
          ],
          "editableUntil" : "2026-03-30T10:00:25.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RLVpRDnjhA",
            "expanded_url" : "https://fernhillcoffee.example/careers/barista",
            "display_url" : "fernhillcoffee.example/ca…",
            "indices" : [
              "111",
              "134"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "134"
      ],
      "favorite_count" : "21",
      "id_str" : "2038541847332127544",
      "truncated" : false,
      "retweet_count" : "15",
      "id" : "2038541847332127544",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 30 09:00:25 +0000 2026",
      "favorited" : false,
      "full_text" : "We're hiring! Full-time barista at our Mill Street shop, $21/hour plus tips, paid training. Apply by April 17: https://t.co/RLVpRDnjhA",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2037494944477741448"
          ],
          "editableUntil" : "2026-03-27T12:40:24.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/TaxjEZmCRf",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/morning-ridge-espresso",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "118",
              "141"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "141"
      ],
      "favorite_count" : "3",
      "id_str" : "2037494944477741448",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2037494944477741448",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 27 11:40:24 +0000 2026",
      "favorited" : false,
      "full_text" : "Spring restock of Morning Ridge Espresso just landed in the online shop. Dark chocolate, cherry, long caramel finish. https://t.co/TaxjEZmCRf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036820447776997910"
          ],
          "editableUntil" : "2026-03-25T16:00:11.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Mill City Bakes",
            "screen_name" : "millcitybakes",
            "indices" : [
              "13",
              "27"
            ],
            "id_str" : "522189637",
            "id" : "522189637"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "111"
      ],
      "favorite_count" : "33",
      "id_str" : "2036820447776997910",
      "truncated" : false,
      "retweet_count" : "8",
      "id" : "2036820447776997910",
      "created_at" : "Wed Mar 25 15:00:11 +0000 2026",
      "favorited" : false,
      "full_text" : "Shout out to @millcitybakes, whose cardamom buns are the reason our Saturday queue goes out the door. Go early.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2036008951467737104"
          ],
          "editableUntil" : "2026-03-23T10:15:35.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/j3OL4weQSf",
            "expanded_url" : "https://fernhillcoffee.example/blog/roaster-roundup-march",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "167",
              "190"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "190"
      ],
      "favorite_count" : "20",
      "id_str" : "2036008951467737104",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2036008951467737104",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 23 09:15:35 +0000 2026",
      "favorited" : false,
      "full_text" : "Other roasters are writing great stuff. This month: Tidewater on roasting lighter, Northlight's grinder retention test and Kettle &amp; Crema's budget espresso setup. https://t.co/j3OL4weQSf",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034940518747603016"
          ],
          "editableUntil" : "2026-03-20T11:30:01.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "coffee",
            "indices" : [
              "120",
              "127"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "127"
      ],
      "favorite_count" : "16",
      "id_str" : "2034940518747603016",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2034940518747603016",
      "created_at" : "Fri Mar 20 10:30:01 +0000 2026",
      "favorited" : false,
      "full_text" : "Question for home brewers: what's the one piece of gear you'd never give up? Scale, grinder, kettle, something weirder? #coffee",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034692863287103027"
          ],
          "editableUntil" : "2026-03-19T19:05:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Sam Okoro",
            "screen_name" : "sam_homebrews",
            "indices" : [
              "0",
              "14"
            ],
            "id_str" : "1646861925872569679",
            "id" : "1646861925872569679"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/jFgSzPz2mw",
            "expanded_url" : "https://fernhillcoffee.example/blog/water-chemistry-for-better-coffee",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "180",
              "203"
            ]
          }
        ]
      },
      "display_text_range" : [
        "15",
        "203"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2034647313145661115",
      "id_str" : "2034692863287103027",
      "in_reply_to_user_id" : "1646861925872569679",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2034692863287103027",
      "in_reply_to_status_id" : "2034647313145661115",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 19 18:05:56 +0000 2026",
      "favorited" : false,
      "full_text" : "@sam_homebrews Great question! A jug filter mostly removes chlorine and a little hardness. It helps, but with very hard water you may still get scale. Our water guide has numbers: https://t.co/jFgSzPz2mw",
      "lang" : "en",
      "in_reply_to_screen_name" : "sam_homebrews",
      "in_reply_to_user_id_str" : "1646861925872569679"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2034183219703710404"
          ],
          "editableUntil" : "2026-03-18T09:20:47.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Coffee Water Lab",
            "screen_name" : "coffeewaterlab",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "583589386646455191",
            "id" : "583589386646455191"
          }
        ],
        "urls" : [
          {
            "url" : "https://t.co/Yv8vBVtdm3",
            "expanded_url" : "https://coffeewaterlab.example/blog/40-water-recipes",
            "display_url" : "coffeewaterlab.example/bl…",
            "indices" : [
              "135",
              "158"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "158"
      ],
      "favorite_count" : "0",
      "id_str" : "2034183219703710404",
      "truncated" : false,
      "retweet_count" : "49",
      "id" : "2034183219703710404",
      "possibly_sensitive" : false,
      "created_at" : "Wed Mar 18 08:20:47 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @coffeewaterlab: We mixed 40 water recipes and brewed the same coffee with each. Results + the two recipes we'd actually recommend: https://t.co/Yv8vBVtdm3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033876176904130238"
          ],
          "editableUntil" : "2026-03-17T13:00:42.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "198"
      ],
      "favorite_count" : "56",
      "id_str" : "2033876176904130238",
      "truncated" : false,
      "retweet_count" : "13",
      "id" : "2033876176904130238",
      "created_at" : "Tue Mar 17 12:00:42 +0000 2026",
      "favorited" : false,
      "full_text" : "Garage sale grinder find of the year from our head roaster: a 1970s hand grinder for $4. Cleaned the burrs and it does a surprisingly even pour-over grind. Check secondhand shops before you buy new.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033546477304807571"
          ],
          "editableUntil" : "2026-03-16T15:10:36.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/fpsSSfpYR3",
            "expanded_url" : "https://twitter.com/coffeewaterlab/status/2033493125757929690",
            "display_url" : "twitter.com/coffeewaterla…",
            "indices" : [
              "119",
              "142"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "142"
      ],
      "favorite_count" : "26",
      "id_str" : "2033546477304807571",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2033546477304807571",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 16 14:10:36 +0000 2026",
      "favorited" : false,
      "full_text" : "Super useful. If you've ever wondered why the same beans taste different at home and in our shop, it's probably this 👇 https://t.co/fpsSSfpYR3",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2033476002566375139"
          ],
          "editableUntil" : "2026-03-16T10:30:33.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/cMPVTmIf17",
            "expanded_url" : "https://fernhillcoffee.example/blog/water-chemistry-for-better-coffee",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "109",
              "132"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "132"
      ],
      "favorite_count" : "20",
      "id_str" : "2033476002566375139",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2033476002566375139",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 16 09:30:33 +0000 2026",
      "favorited" : false,
      "full_text" : "Coffee is ~98% water, so your tap matters. Hardness, alkalinity and what to do about both, in plain English: https://t.co/cMPVTmIf17",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2032136027996423227"
          ],
          "editableUntil" : "2026-03-12T17:45:58.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "BrewClub",
            "indices" : [
              "148",
              "157"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/RVVPNjHoKA",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/brew-club-subscription",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "124",
              "147"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "157"
      ],
      "favorite_count" : "3",
      "id_str" : "2032136027996423227",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2032136027996423227",
      "possibly_sensitive" : false,
      "created_at" : "Thu Mar 12 16:45:58 +0000 2026",
      "favorited" : false,
      "full_text" : "Brew Club members get a new single origin every month, roasted the week it ships. Free shipping, pause any time. Join here: https://t.co/RVVPNjHoKA #BrewClub",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030946913917864359"
          ],
          "editableUntil" : "2026-03-09T11:00:52.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://buffer.com\" rel=\"nofollow\">Buffer</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/lqhv8lWozr",
            "expanded_url" : "https://fernhillcoffee.example/blog/origin-finca-la-esperanza-huila",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "153",
              "176"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "176"
      ],
      "favorite_count" : "32",
      "id_str" : "2030946913917864359",
      "truncated" : false,
      "retweet_count" : "4",
      "id" : "2030946913917864359",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 09 10:00:52 +0000 2026",
      "favorited" : false,
      "full_text" : "Meet Finca La Esperanza in Huila, Colombia 🇨🇴 Five hectares, four picking passes, and a family who built their own fermentation tanks. Our origin story: https://t.co/lqhv8lWozr",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2030237758508763863"
          ],
          "editableUntil" : "2026-03-07T12:02:56.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "124"
      ],
      "favorite_count" : "10",
      "id_str" : "2030237758508763863",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2030237758508763863",
      "created_at" : "Sat Mar 07 11:02:56 +0000 2026",
      "favorited" : false,
      "full_text" : "Quick tip: rinse your paper filter with hot water before brewing. It gets rid of the papery taste &amp; warms up the brewer.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029893575327615194"
          ],
          "editableUntil" : "2026-03-06T13:15:16.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/V1gIHnbN8O",
            "expanded_url" : "https://fernhillcoffee.example/newsletter",
            "display_url" : "fernhillcoffee.example/ne…",
            "indices" : [
              "105",
              "128"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "128"
      ],
      "favorite_count" : "18",
      "id_str" : "2029893575327615194",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2029893575327615194",
      "possibly_sensitive" : false,
      "created_at" : "Fri Mar 06 12:15:16 +0000 2026",
      "favorited" : false,
      "full_text" : "Get our brew guides, new coffees and first dibs on workshop seats in your inbox once a month. Subscribe: https://t.co/V1gIHnbN8O",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029610509203933120"
          ],
          "editableUntil" : "2026-03-05T18:30:28.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Jonah Pérez",
            "screen_name" : "jonah_pours",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "1100327639446457751",
            "id" : "1100327639446457751"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "154"
      ],
      "favorite_count" : "6",
      "in_reply_to_status_id_str" : "2029560429214172641",
      "id_str" : "2029610509203933120",
      "in_reply_to_user_id" : "1100327639446457751",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2029610509203933120",
      "in_reply_to_status_id" : "2029560429214172641",
      "created_at" : "Thu Mar 05 17:30:28 +0000 2026",
      "favorited" : false,
      "full_text" : "@jonah_pours Sour and thin usually means under-extracted. Try grinding a couple of steps finer and keep everything else the same. Let us know how it goes!",
      "lang" : "en",
      "in_reply_to_screen_name" : "jonah_pours",
      "in_reply_to_user_id_str" : "1100327639446457751"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2029107615585272438"
          ],
          "editableUntil" : "2026-03-04T09:12:09.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Priya | Kettle & Crema",
            "screen_name" : "kettleandcrema",
            "indices" : [
              "3",
              "18"
            ],
            "id_str" : "1672193223553977579",
            "id" : "1672193223553977579"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "144"
      ],
      "favorite_count" : "0",
      "id_str" : "2029107615585272438",
      "truncated" : false,
      "retweet_count" : "66",
      "id" : "2029107615585272438",
      "created_at" : "Wed Mar 04 08:12:09 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @kettleandcrema: Reminder that the cheapest upgrade for your coffee is a kitchen scale. Eyeballing scoops = a different coffee every morning.",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028827876056369240"
          ],
          "editableUntil" : "2026-03-03T14:40:34.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/mIR2G1MIPg",
            "expanded_url" : "https://shop.fernhillcoffee.example/products/fernhill-house-blend",
            "display_url" : "shop.fernhillcoffee.examp…",
            "indices" : [
              "115",
              "138"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "12",
      "id_str" : "2028827876056369240",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2028827876056369240",
      "possibly_sensitive" : false,
      "created_at" : "Tue Mar 03 13:40:34 +0000 2026",
      "favorited" : false,
      "full_text" : "Fernhill House Blend is back on the shelf after a two-week gap. Milk chocolate, toffee, easy to love. Order a bag: https://t.co/mIR2G1MIPg",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028396164402906785"
          ],
          "editableUntil" : "2026-03-02T10:05:06.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "pourover",
            "indices" : [
              "140",
              "149"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/QWn1AAxcOe",
            "expanded_url" : "https://fernhillcoffee.example/blog/v60-pour-over-guide",
            "display_url" : "fernhillcoffee.example/bl…",
            "indices" : [
              "116",
              "139"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "149"
      ],
      "favorite_count" : "10",
      "id_str" : "2028396164402906785",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2028396164402906785",
      "possibly_sensitive" : false,
      "created_at" : "Mon Mar 02 09:05:06 +0000 2026",
      "favorited" : false,
      "full_text" : "New on the blog: the V60 recipe we teach every new barista on day one. 15 g coffee, 250 g water, a 3-minute target. https://t.co/QWn1AAxcOe #pourover",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2028128202165060744"
          ],
          "editableUntil" : "2026-03-01T16:20:18.000Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "92"
      ],
      "favorite_count" : "24",
      "id_str" : "2028128202165060744",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2028128202165060744",
      "created_at" : "Sun Mar 01 15:20:18 +0000 2026",
      "favorited" : false,
      "full_text" : "New month, new beans on the roaster. What are you brewing this weekend? Tell us your setup ☕",
      "lang" : "en"
    }
  }
]
