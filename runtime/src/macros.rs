//! Macros that generated crates use to wire a type to its schema. They expand to the
//! [`crate::data`] glue (`Struct`, `Reflect`, `Debug`, enum conversions), so every
//! generated shape costs one line of glue instead of a dozen.

/// Pairs each name in a list with its position, then calls back
/// `$crate::$callback!(args…, [0 => first, 1 => second, …])`: the glue macros match on
/// literal positions, exactly as if they had been written out, so they cost no more to
/// compile. Lists of up to four names (77% of generated types) are paired directly; longer
/// ones from a table of literals, sixteen per step, then four, then one, so the recursion
/// stays shallow. The table holds positions up to 1023 (the generator refuses
/// shapes with more members).
#[doc(hidden)]
#[macro_export]
macro_rules! __positions {
    // Up to four names: written out.
    ($cb:ident($($args:tt)*) [$(,)?]) => {
        $crate::$cb!($($args)* []);
    };
    ($cb:ident($($args:tt)*) [$a:ident $(,)?]) => {
        $crate::$cb!($($args)* [0 => $a,]);
    };
    ($cb:ident($($args:tt)*) [$a:ident, $b:ident $(,)?]) => {
        $crate::$cb!($($args)* [0 => $a, 1 => $b,]);
    };
    ($cb:ident($($args:tt)*) [$a:ident, $b:ident, $c:ident $(,)?]) => {
        $crate::$cb!($($args)* [0 => $a, 1 => $b, 2 => $c,]);
    };
    ($cb:ident($($args:tt)*) [$a:ident, $b:ident, $c:ident, $d:ident $(,)?]) => {
        $crate::$cb!($($args)* [0 => $a, 1 => $b, 2 => $c, 3 => $d,]);
    };
    // Up to sixteen: four, then one at a time, from the first row of the table.
    ($cb:ident($($args:tt)*) [$($n:ident),* $(,)?]) => {
        $crate::__positions!(@rows $cb($($args)*) [$($n),*]
            (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
        );
    };
    // More than sixteen: sixteen per step, then as above.
    (@rows $cb:ident($($args:tt)*) [
        $n0:ident, $n1:ident, $n2:ident, $n3:ident, $n4:ident, $n5:ident, $n6:ident, $n7:ident,
        $n8:ident, $n9:ident, $n10:ident, $n11:ident, $n12:ident, $n13:ident, $n14:ident,
        $n15:ident, $($rest:ident),+
    ] $row:tt) => {
        $crate::__positions!(@chunk $cb($($args)*) [] [$n0, $n1, $n2, $n3, $n4, $n5, $n6, $n7,
            $n8, $n9, $n10, $n11, $n12, $n13, $n14, $n15, $($rest),+]
            (0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15)
            (16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31)
            (32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47)
            (48 49 50 51 52 53 54 55 56 57 58 59 60 61 62 63)
            (64 65 66 67 68 69 70 71 72 73 74 75 76 77 78 79)
            (80 81 82 83 84 85 86 87 88 89 90 91 92 93 94 95)
            (96 97 98 99 100 101 102 103 104 105 106 107 108 109 110 111)
            (112 113 114 115 116 117 118 119 120 121 122 123 124 125 126 127)
            (128 129 130 131 132 133 134 135 136 137 138 139 140 141 142 143)
            (144 145 146 147 148 149 150 151 152 153 154 155 156 157 158 159)
            (160 161 162 163 164 165 166 167 168 169 170 171 172 173 174 175)
            (176 177 178 179 180 181 182 183 184 185 186 187 188 189 190 191)
            (192 193 194 195 196 197 198 199 200 201 202 203 204 205 206 207)
            (208 209 210 211 212 213 214 215 216 217 218 219 220 221 222 223)
            (224 225 226 227 228 229 230 231 232 233 234 235 236 237 238 239)
            (240 241 242 243 244 245 246 247 248 249 250 251 252 253 254 255)
            (256 257 258 259 260 261 262 263 264 265 266 267 268 269 270 271)
            (272 273 274 275 276 277 278 279 280 281 282 283 284 285 286 287)
            (288 289 290 291 292 293 294 295 296 297 298 299 300 301 302 303)
            (304 305 306 307 308 309 310 311 312 313 314 315 316 317 318 319)
            (320 321 322 323 324 325 326 327 328 329 330 331 332 333 334 335)
            (336 337 338 339 340 341 342 343 344 345 346 347 348 349 350 351)
            (352 353 354 355 356 357 358 359 360 361 362 363 364 365 366 367)
            (368 369 370 371 372 373 374 375 376 377 378 379 380 381 382 383)
            (384 385 386 387 388 389 390 391 392 393 394 395 396 397 398 399)
            (400 401 402 403 404 405 406 407 408 409 410 411 412 413 414 415)
            (416 417 418 419 420 421 422 423 424 425 426 427 428 429 430 431)
            (432 433 434 435 436 437 438 439 440 441 442 443 444 445 446 447)
            (448 449 450 451 452 453 454 455 456 457 458 459 460 461 462 463)
            (464 465 466 467 468 469 470 471 472 473 474 475 476 477 478 479)
            (480 481 482 483 484 485 486 487 488 489 490 491 492 493 494 495)
            (496 497 498 499 500 501 502 503 504 505 506 507 508 509 510 511)
            (512 513 514 515 516 517 518 519 520 521 522 523 524 525 526 527)
            (528 529 530 531 532 533 534 535 536 537 538 539 540 541 542 543)
            (544 545 546 547 548 549 550 551 552 553 554 555 556 557 558 559)
            (560 561 562 563 564 565 566 567 568 569 570 571 572 573 574 575)
            (576 577 578 579 580 581 582 583 584 585 586 587 588 589 590 591)
            (592 593 594 595 596 597 598 599 600 601 602 603 604 605 606 607)
            (608 609 610 611 612 613 614 615 616 617 618 619 620 621 622 623)
            (624 625 626 627 628 629 630 631 632 633 634 635 636 637 638 639)
            (640 641 642 643 644 645 646 647 648 649 650 651 652 653 654 655)
            (656 657 658 659 660 661 662 663 664 665 666 667 668 669 670 671)
            (672 673 674 675 676 677 678 679 680 681 682 683 684 685 686 687)
            (688 689 690 691 692 693 694 695 696 697 698 699 700 701 702 703)
            (704 705 706 707 708 709 710 711 712 713 714 715 716 717 718 719)
            (720 721 722 723 724 725 726 727 728 729 730 731 732 733 734 735)
            (736 737 738 739 740 741 742 743 744 745 746 747 748 749 750 751)
            (752 753 754 755 756 757 758 759 760 761 762 763 764 765 766 767)
            (768 769 770 771 772 773 774 775 776 777 778 779 780 781 782 783)
            (784 785 786 787 788 789 790 791 792 793 794 795 796 797 798 799)
            (800 801 802 803 804 805 806 807 808 809 810 811 812 813 814 815)
            (816 817 818 819 820 821 822 823 824 825 826 827 828 829 830 831)
            (832 833 834 835 836 837 838 839 840 841 842 843 844 845 846 847)
            (848 849 850 851 852 853 854 855 856 857 858 859 860 861 862 863)
            (864 865 866 867 868 869 870 871 872 873 874 875 876 877 878 879)
            (880 881 882 883 884 885 886 887 888 889 890 891 892 893 894 895)
            (896 897 898 899 900 901 902 903 904 905 906 907 908 909 910 911)
            (912 913 914 915 916 917 918 919 920 921 922 923 924 925 926 927)
            (928 929 930 931 932 933 934 935 936 937 938 939 940 941 942 943)
            (944 945 946 947 948 949 950 951 952 953 954 955 956 957 958 959)
            (960 961 962 963 964 965 966 967 968 969 970 971 972 973 974 975)
            (976 977 978 979 980 981 982 983 984 985 986 987 988 989 990 991)
            (992 993 994 995 996 997 998 999 1000 1001 1002 1003 1004 1005 1006 1007)
            (1008 1009 1010 1011 1012 1013 1014 1015 1016 1017 1018 1019 1020 1021 1022 1023)
        );
    };
    (@rows $cb:ident($($args:tt)*) [$($n:ident),*] $row:tt) => {
        $crate::__positions!(@last $cb($($args)*) [] [$($n),*] $row);
    };
    (@chunk $cb:ident($($args:tt)*) [$($out:tt)*] [
        $n0:ident, $n1:ident, $n2:ident, $n3:ident, $n4:ident, $n5:ident, $n6:ident, $n7:ident,
        $n8:ident, $n9:ident, $n10:ident, $n11:ident, $n12:ident, $n13:ident, $n14:ident,
        $n15:ident $(, $rest:ident)*
    ] (
        $l0:literal $l1:literal $l2:literal $l3:literal $l4:literal $l5:literal $l6:literal
        $l7:literal $l8:literal $l9:literal $l10:literal $l11:literal $l12:literal $l13:literal
        $l14:literal $l15:literal
    ) $($more:tt)*) => {
        $crate::__positions!(@chunk $cb($($args)*) [$($out)*
            $l0 => $n0, $l1 => $n1, $l2 => $n2, $l3 => $n3, $l4 => $n4, $l5 => $n5,
            $l6 => $n6, $l7 => $n7, $l8 => $n8, $l9 => $n9, $l10 => $n10, $l11 => $n11,
            $l12 => $n12, $l13 => $n13, $l14 => $n14, $l15 => $n15,
        ] [$($rest),*] $($more)*);
    };
    (@chunk $cb:ident($($args:tt)*) [$($out:tt)*] [$($n:ident),*] $group:tt $($more:tt)*) => {
        $crate::__positions!(@last $cb($($args)*) [$($out)*] [$($n),*] $group);
    };
    (@last $cb:ident($($args:tt)*) [$($out:tt)*] [$a:ident, $b:ident, $c:ident, $d:ident
        $(, $rest:ident)*] ($la:literal $lb:literal $lc:literal $ld:literal $($ls:literal)*)) => {
        $crate::__positions!(@last $cb($($args)*) [$($out)* $la => $a, $lb => $b, $lc => $c,
            $ld => $d,] [$($rest),*] ($($ls)*));
    };
    (@last $cb:ident($($args:tt)*) [$($out:tt)*] [$n:ident $(, $rest:ident)*]
        ($l:literal $($ls:literal)*)) => {
        $crate::__positions!(@last $cb($($args)*) [$($out)* $l => $n,] [$($rest),*] ($($ls)*));
    };
    (@last $cb:ident($($args:tt)*) [$($out:tt)*] [] $group:tt) => {
        $crate::$cb!($($args)* [$($out)*]);
    };
}

/// Implements [`crate::data::Struct`], [`crate::data::Reflect`] and a redacting `Debug` for a
/// generated structure: `structure!(Type, SCHEMA_PATH, [field, other])`, one field per
/// schema member in the schema's order (member `i` is the `i`-th field). An operation
/// output adds `meta = field`, its `ResponseMeta` field.
#[macro_export]
macro_rules! structure {
    ($t:ident, $schema:path, [$($f:ident),* $(,)?] $(, meta = $meta:ident)?) => {
        $crate::__positions!(__structure($t, $schema, [$($meta)?],) [$($f),*]);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __structure {
    ($t:ident, $schema:path, [$($meta:ident)?], [$($p:literal => $f:ident,)*]) => {
        impl $crate::data::Struct for $t {
            fn schema(&self) -> &'static $crate::schema::Schema {
                &$schema
            }
            fn field(&self, i: usize) -> ::core::option::Option<&dyn $crate::data::Reflect> {
                match i {
                    $($p => ::core::option::Option::Some(&self.$f),)*
                    _ => ::core::option::Option::None,
                }
            }
            fn field_mut(&mut self, i: usize) -> ::core::option::Option<&mut dyn $crate::data::Reflect> {
                match i {
                    $($p => ::core::option::Option::Some(&mut self.$f),)*
                    _ => ::core::option::Option::None,
                }
            }
            $(fn set_response_meta(&mut self, meta: $crate::meta::ResponseMeta) {
                self.$meta = meta;
            })?
        }
        $crate::__data_and_debug!($t);
    };
}

/// Implements the glue for a generated union `enum T { A(..), B(..), Unknown(String) }`:
/// `union!(Type, SCHEMA_PATH, [A, B])`, one variant per schema member in the schema's order.
#[macro_export]
macro_rules! union {
    ($t:ident, $schema:path, [$($v:ident),* $(,)?]) => {
        $crate::__positions!(__union($t, $schema,) [$($v),*]);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __union {
    ($t:ident, $schema:path, [$($p:literal => $v:ident,)*]) => {
        impl $crate::data::Struct for $t {
            fn schema(&self) -> &'static $crate::schema::Schema {
                &$schema
            }
            fn field(&self, i: usize) -> ::core::option::Option<&dyn $crate::data::Reflect> {
                match (i, self) {
                    $(($p, $t::$v(x)) => ::core::option::Option::Some(x),)*
                    _ => ::core::option::Option::None,
                }
            }
            fn field_mut(&mut self, i: usize) -> ::core::option::Option<&mut dyn $crate::data::Reflect> {
                match i {
                    $($p => {
                        if !::core::matches!(self, $t::$v(_)) {
                            *self = $t::$v(::core::default::Default::default());
                        }
                        match self {
                            $t::$v(x) => ::core::option::Option::Some(x),
                            _ => ::core::option::Option::None,
                        }
                    })*
                    _ => ::core::option::Option::None,
                }
            }
            fn unknown_member(&mut self, name: &str) {
                *self = $t::Unknown(::std::string::String::from(name));
            }
            fn unknown_member_name(&self) -> ::core::option::Option<&str> {
                match self {
                    $t::Unknown(s) if !s.is_empty() => ::core::option::Option::Some(s.as_str()),
                    _ => ::core::option::Option::None,
                }
            }
        }
        impl ::core::default::Default for $t {
            fn default() -> Self {
                $t::Unknown(::std::string::String::new())
            }
        }
        $crate::__data_and_debug!($t);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __data_and_debug {
    ($t:ident) => {
        impl $crate::data::Reflect for $t {
            fn view(&self) -> $crate::data::View<'_> {
                $crate::data::View::Struct(self)
            }
            fn as_struct(&mut self) -> ::core::option::Option<&mut dyn $crate::data::Struct> {
                ::core::option::Option::Some(self)
            }
        }
        impl ::core::fmt::Debug for $t {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                $crate::debug::fmt_struct(self, f)
            }
        }
    };
}

/// Implements a generated string enum `enum T { A, B, Unknown(String) }`:
/// `string_enum!(Type, { A => "a", B => "b" })`.
#[macro_export]
macro_rules! string_enum {
    ($t:ident, { $($v:ident => $s:literal),* $(,)? }) => {
        impl $crate::data::StringEnum for $t {
            fn as_str(&self) -> &str {
                match self {
                    $($t::$v => $s,)*
                    $t::Unknown(s) => s.as_str(),
                }
            }
            fn from_wire(s: &str) -> Self {
                match s {
                    $($s => $t::$v,)*
                    other => $t::Unknown(::std::string::String::from(other)),
                }
            }
        }
        impl $t {
            /// The wire value.
            pub fn as_str(&self) -> &str {
                $crate::data::StringEnum::as_str(self)
            }
            /// The values this client knows.
            pub const VALUES: &'static [&'static str] = &[$($s),*];
        }
        impl ::core::default::Default for $t {
            fn default() -> Self {
                $t::Unknown(::std::string::String::new())
            }
        }
        impl ::core::convert::From<&str> for $t {
            fn from(s: &str) -> Self {
                $crate::data::StringEnum::from_wire(s)
            }
        }
        impl ::core::fmt::Display for $t {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
        $crate::string_enum_data!($t);
    };
}

/// Implements [`crate::error::OperationError`] for a generated per-operation error enum
/// `enum E { A(types::A), Unmodelled }`: `operation_error!(E, [A])`, one variant per
/// modelled error in the order of the operation's `errors`.
#[macro_export]
macro_rules! operation_error {
    ($t:ident, [$($v:ident),* $(,)?]) => {
        $crate::__positions!(__operation_error($t,) [$($v),*]);
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __operation_error {
    ($t:ident, [$($p:literal => $v:ident,)*]) => {
        impl $crate::error::OperationError for $t {
            fn from_index(i: ::core::option::Option<usize>) -> Self {
                match i {
                    $(::core::option::Option::Some($p) => $t::$v(::core::default::Default::default()),)*
                    _ => $t::Unmodelled,
                }
            }
            fn as_struct_mut(&mut self) -> ::core::option::Option<&mut dyn $crate::data::Struct> {
                match self {
                    $($t::$v(x) => ::core::option::Option::Some(x),)*
                    $t::Unmodelled => ::core::option::Option::None,
                }
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::data::Struct;
    use crate::schema::prelude::UNIT;

    /// Whether `field(i)` and `field_mut(i)` are exactly `expected`.
    fn at<T: Struct>(s: &mut T, i: usize, expected: *const u8) -> bool {
        let r = s
            .field(i)
            .map(|d| d as *const dyn crate::data::Reflect as *const u8);
        let m = s
            .field_mut(i)
            .map(|d| d as *mut dyn crate::data::Reflect as *const u8);
        r == Some(expected) && m == Some(expected)
    }

    // Every path of `__positions!`: none, written out (1–4), four then one at a time (5–16),
    // sixteen per step then the rest (37: 16 + 16 + 4 + 1), and exactly sixteen.
    #[derive(Default)]
    struct S0 {}
    crate::structure!(S0, UNIT, []);
    #[derive(Default)]
    struct S3 {
        f0: i32,
        f1: i32,
        f2: i32,
    }
    crate::structure!(S3, UNIT, [f0, f1, f2]);
    #[derive(Default)]
    struct S7 {
        f0: i32,
        f1: i32,
        f2: i32,
        f3: i32,
        f4: i32,
        f5: i32,
        f6: i32,
    }
    crate::structure!(S7, UNIT, [f0, f1, f2, f3, f4, f5, f6]);
    #[derive(Default)]
    struct S16 {
        f0: i32,
        f1: i32,
        f2: i32,
        f3: i32,
        f4: i32,
        f5: i32,
        f6: i32,
        f7: i32,
        f8: i32,
        f9: i32,
        f10: i32,
        f11: i32,
        f12: i32,
        f13: i32,
        f14: i32,
        f15: i32,
    }
    crate::structure!(
        S16,
        UNIT,
        [f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15]
    );
    #[derive(Default)]
    struct S37 {
        f0: i32,
        f1: i32,
        f2: i32,
        f3: i32,
        f4: i32,
        f5: i32,
        f6: i32,
        f7: i32,
        f8: i32,
        f9: i32,
        f10: i32,
        f11: i32,
        f12: i32,
        f13: i32,
        f14: i32,
        f15: i32,
        f16: i32,
        f17: i32,
        f18: i32,
        f19: i32,
        f20: i32,
        f21: i32,
        f22: i32,
        f23: i32,
        f24: i32,
        f25: i32,
        f26: i32,
        f27: i32,
        f28: i32,
        f29: i32,
        f30: i32,
        f31: i32,
        f32: i32,
        f33: i32,
        f34: i32,
        f35: i32,
        f36: i32,
    }
    crate::structure!(
        S37,
        UNIT,
        [
            f0, f1, f2, f3, f4, f5, f6, f7, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18,
            f19, f20, f21, f22, f23, f24, f25, f26, f27, f28, f29, f30, f31, f32, f33, f34, f35,
            f36
        ]
    );

    macro_rules! check {
        ($t:ident, $n:literal, [$($i:literal => $f:ident),*]) => {{
            let mut s = $t::default();
            $(
                let p = &s.$f as *const i32 as *const u8;
                assert!(at(&mut s, $i, p), "{} field {}", stringify!($t), $i);
            )*
            assert!(s.field($n).is_none() && s.field_mut($n).is_none());
        }};
    }

    #[test]
    fn structure_fields_are_found_by_position() {
        check!(S0, 0, []);
        check!(S3, 3, [0 => f0, 1 => f1, 2 => f2]);
        check!(S7, 7, [0 => f0, 1 => f1, 2 => f2, 3 => f3, 4 => f4, 5 => f5, 6 => f6]);
        check!(S16, 16, [0 => f0, 1 => f1, 2 => f2, 3 => f3, 4 => f4, 5 => f5, 6 => f6, 7 => f7, 8 => f8, 9 => f9, 10 => f10, 11 => f11, 12 => f12, 13 => f13, 14 => f14, 15 => f15]);
        check!(S37, 37, [0 => f0, 1 => f1, 2 => f2, 3 => f3, 4 => f4, 5 => f5, 6 => f6, 7 => f7, 8 => f8, 9 => f9, 10 => f10, 11 => f11, 12 => f12, 13 => f13, 14 => f14, 15 => f15, 16 => f16, 17 => f17, 18 => f18, 19 => f19, 20 => f20, 21 => f21, 22 => f22, 23 => f23, 24 => f24, 25 => f25, 26 => f26, 27 => f27, 28 => f28, 29 => f29, 30 => f30, 31 => f31, 32 => f32, 33 => f33, 34 => f34, 35 => f35, 36 => f36]);
    }

    #[allow(dead_code)] // the variants are only written through the data view
    enum U {
        A(String),
        B(i32),
        C(i32),
        D(i32),
        E(i32),
        Unknown(String),
    }
    crate::union!(U, UNIT, [A, B, C, D, E]);

    #[test]
    fn union_members_are_found_by_position() {
        let mut u = U::default();
        assert!(u.field_mut(4).is_some() && matches!(u, U::E(_)));
        assert!(u.field(4).is_some() && u.field(3).is_none());
        assert!(u.field_mut(1).is_some() && matches!(u, U::B(_)));
        assert!(u.field_mut(5).is_none() && matches!(u, U::B(_)));
    }

    #[derive(Debug)]
    enum E {
        A(S3),
        B(S0),
        C(S7),
        D(S16),
        F(S37),
        Unmodelled,
    }
    crate::operation_error!(E, [A, B, C, D, F]);

    #[test]
    fn operation_errors_are_found_by_position() {
        use crate::error::OperationError;
        assert!(matches!(E::from_index(Some(0)), E::A(_)));
        assert!(matches!(E::from_index(Some(3)), E::D(_)));
        assert!(matches!(E::from_index(Some(4)), E::F(_)));
        assert!(matches!(E::from_index(Some(5)), E::Unmodelled));
        assert!(matches!(E::from_index(None), E::Unmodelled));
    }
}
