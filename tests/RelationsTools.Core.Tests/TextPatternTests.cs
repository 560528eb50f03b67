using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    public class TextPatternTests
    {
        [Theory]
        [InlineData("cicp*", "cicp-2020-07-13-new-heights", true)]
        [InlineData("*NEWS*", "news-2024-na-cancels", true)]
        [InlineData("news-202?-*", "news-2024-na-cancels", true)]
        [InlineData("[ck]*", "khmertimes", true)]
        [InlineData("[ck]*", "asiatimes", false)]
        [InlineData("cicp", "cicp-2020", false)]
        [InlineData("a`*b", "a*b", true)]
        [InlineData("a`*b", "axb", false)]
        [InlineData("a.b", "axb", false)]
        public void Matches_like_PowerShell_wildcards_ignoring_case(string pattern, string text, bool expected)
        {
            Assert.Equal(expected, new TextPattern(pattern).IsMatch(text));
        }

        [Fact]
        public void Plain_names_have_no_wildcards()
        {
            Assert.False(new TextPattern("cicp-2020-07-13-new-heights").HasWildcards);
            Assert.True(new TextPattern("cicp*").HasWildcards);
            Assert.False(new TextPattern("a`*b").HasWildcards);
        }

        [Fact]
        public void Uppercase_I_matches_lowercase_i_in_a_Turkish_session()
        {
            TestCulture.Under("tr-TR", () =>
            {
                Assert.True(new TextPattern("DIPLOMACY").IsMatch("Diplomacy"));
                Assert.True(new TextPattern("*INFRA*").IsMatch("Infrastructure"));
            });
        }

        [Theory]
        [InlineData("To Lam", "Tô Lâm")]
        [InlineData("tô lâm", "To Lam")]
        [InlineData("*Dong*", "Đồng Nai")]
        public void Diacritic_blind_patterns_match_with_or_without_accents(string pattern, string text)
        {
            Assert.True(new TextPattern(pattern, ignoreDiacritics: true).IsMatch(text));
            Assert.False(new TextPattern(pattern).IsMatch(text));
        }

        // The grid on which the literal search must give the Regex's answer: ASCII, Vietnamese precomposed and
        // decomposed, đ/Đ, Turkish dotted and dotless i, the Kelvin sign (the one non-ASCII character the Regex
        // treats as a case of an ASCII letter), long s, ß, combining marks alone, Khmer, a final line feed
        // (which the Regex's $ lets through), and wildcard characters escaped with a backtick.
        private static readonly string[] Words =
        {
            "cashew", "CASHEW", "Cashew nuts", "To Lam", "Tô Lâm", "To\u0302 La\u0302m", "tô lâm", "Đồng Nai", "dong", "DONG",
            "Hun Manet", "hun-manet", "İstanbul", "istanbul", "ISTANBUL", "ıstanbul", "\u212Aelvin", "kelvin", "Kelvin",
            "ſtraße", "strasse", "STRASSE", "e\u0301", "\u0301", "é", "E", "ស្រុក", "Phnom Penh", "phnom", "penh", "",
            " ", "-", "a`*b", "a`?b", "`[x]", "[x]", "50%", "a.b", "(1)", "k", "K", "i", "I", "s", "S", "\n",
        };

        private static readonly string[] Texts =
        {
            "", " ", "\n", "cashew", "Cashew nuts from Cambodia", "The CASHEW trade", "cashe", "Tô Lâm visits Phnom Penh",
            "To\u0302 La\u0302m", "TO LAM", "Đồng Nai", "Dong Nai", "DONG", "İstanbul", "Istanbul", "ıstanbul", "istanbul",
            "\u212Aelvin", "Kelvin", "KELVIN", "ſtraße", "Straße", "STRASSE", "strasse", "é", "e\u0301", "E\u0301", "\u0301",
            "ស្រុក", "ស្រុកខ្មែរ", "a*b", "axb", "a?b", "[x]", "x", "50%", "a.b", "(1)", "k", "K", "\u212A", "i", "I", "s", "S",
            "cashew\n", "Trade\n", "Phnom Penh\n\n", "hun-manet", "HUN-MANET", "Hun Manet", "\uD83D\uDE00 cashew",
        };

        private static IEnumerable<string> PatternsOf(string word)
            => new[] { word, "*" + word + "*", word + "*", "*" + word, "*", "**", word + "?", "[ck]" + word };

        [Fact]
        public void The_literal_search_gives_the_Regex_answer_on_the_whole_grid()
        {
            var mismatches = new List<string>();
            string[] texts = Texts;
            foreach (bool ignoreDiacritics in new[] { false, true })
            {
                foreach (string pattern in Words.SelectMany(PatternsOf).Distinct())
                {
                    var fast = new TextPattern(pattern, ignoreDiacritics);
                    var reference = new ReferenceTextPattern(pattern, ignoreDiacritics);
                    Assert.Equal(reference.HasWildcards, fast.HasWildcards);
                    foreach (string text in texts)
                    {
                        if (fast.IsMatch(text) != reference.IsMatch(text))
                        {
                            mismatches.Add($"'{Escape(pattern)}' (ignoreDiacritics {ignoreDiacritics}) on '{Escape(text)}': reference {reference.IsMatch(text)}");
                        }
                    }
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(40)));
        }

        [Fact]
        public void A_field_read_as_ASCII_bytes_matches_as_its_text_does()
        {
            var mismatches = new List<string>();
            var asciiTexts = Texts.Where(t => t.All(c => c > 0 && c < 0x80)).Append(new string('x', 600) + "Cashew").ToArray();
            foreach (bool ignoreDiacritics in new[] { false, true })
            {
                foreach (string pattern in Words.SelectMany(PatternsOf).Distinct())
                {
                    var patterns = new[] { new TextPattern(pattern, ignoreDiacritics) };
                    var reference = new[] { new ReferenceTextPattern(pattern, ignoreDiacritics) };
                    foreach (string text in asciiTexts)
                    {
                        if (TextPattern.AnyMatchAscii(patterns, Encoding.ASCII.GetBytes(text)) != ReferenceTextPattern.AnyMatch(reference, text))
                        {
                            mismatches.Add($"'{Escape(pattern)}' on '{Escape(text)}'");
                        }
                    }
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(40)));
        }

        [Fact]
        public void A_field_decoded_on_the_stack_matches_as_its_text_does()
        {
            var mismatches = new List<string>();
            var texts = Texts.Append(new string('x', 1500) + "Tô Lâm").Append("Hà Nội " + new string('ư', 700)).ToArray();
            foreach (bool ignoreDiacritics in new[] { false, true })
            {
                foreach (string pattern in Words.SelectMany(PatternsOf).Distinct())
                {
                    var patterns = new[] { new TextPattern(pattern, ignoreDiacritics) };
                    var reference = new[] { new ReferenceTextPattern(pattern, ignoreDiacritics) };
                    foreach (string text in texts)
                    {
                        if (TextPattern.AnyMatch(patterns, text.AsSpan()) != ReferenceTextPattern.AnyMatch(reference, text))
                        {
                            mismatches.Add($"'{Escape(pattern)}' on '{Escape(text)}'");
                        }
                    }
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(40)));
        }

        [Fact]
        public void Keywords_match_as_before_in_any_combination_and_in_a_Turkish_session()
        {
            TestCulture.Under("tr-TR", () =>
            {
                string[] words = Words;
                var texts = Texts.Append(null).ToArray();
                var mismatches = new List<string>();
                for (int i = 0; i < words.Length; i++)
                {
                    // One, two and three keywords at once: the text loses its diacritics once for all of them.
                    string[] keywords = { words[i], words[(i + 7) % words.Length], words[(i + 19) % words.Length] };
                    for (int count = 1; count <= keywords.Length; count++)
                    {
                        var fast = TextPattern.Containing(keywords.Take(count));
                        var reference = ReferenceTextPattern.Containing(keywords.Take(count));
                        foreach (string? text in texts)
                        {
                            if (TextPattern.AnyMatch(fast, text) != ReferenceTextPattern.AnyMatch(reference, text))
                            {
                                mismatches.Add($"keywords '{string.Join("', '", keywords.Take(count).Select(Escape))}' on '{Escape(text)}'");
                            }
                        }
                    }
                }

                Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches.Take(40)));
            });
        }

        [Fact]
        public void The_runtime_Regex_treats_as_a_case_of_an_ASCII_character_only_what_the_literal_search_assumes()
        {
            // Every UTF-16 code unit, so that a runtime whose case table grew would fail here.
            var everyChar = new StringBuilder(0x10000);
            for (int c = 0; c <= 0xFFFF; c++)
            {
                everyChar.Append((char)c);
            }

            string all = everyChar.ToString();
            var mismatches = new List<string>();
            for (char ascii = (char)0; ascii < 0x80; ascii++)
            {
                string pattern = ascii == '*' || ascii == '?' || ascii == '[' || ascii == '`' ? "`" + ascii : ascii.ToString();
                var regexMatches = new HashSet<char>(
                    new Regex(Regex.Escape(ascii.ToString()), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Matches(all).Select(m => m.Value[0]));
                var fast = new TextPattern("*" + pattern + "*");
                for (int c = 0; c <= 0xFFFF; c++)
                {
                    if (fast.IsMatch(((char)c).ToString()) != regexMatches.Contains((char)c))
                    {
                        mismatches.Add($"U+{(int)ascii:X4} and U+{c:X4}");
                    }
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(", ", mismatches.Take(40)));
        }

        [Fact]
        public void Removing_diacritics_from_the_table_gives_what_normalising_gives_for_every_character()
        {
            var mismatches = new List<string>();
            for (int c = 0; c <= 0xFFFF; c++)
            {
                if (char.IsSurrogate((char)c))
                {
                    continue; // alone, they do not normalise at all
                }

                string text = ((char)c).ToString();
                if (Outcome(TextPattern.RemoveDiacritics, text) != Outcome(ReferenceTextPattern.RemoveDiacritics, text))
                {
                    mismatches.Add($"U+{c:X4}");
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(", ", mismatches.Take(40)));
        }

        [Fact]
        public void Removing_diacritics_from_the_table_gives_what_normalising_gives_for_mixed_text()
        {
            // Letters with one and two marks, bare marks in any order (which normalising reorders), letters outside
            // the table, and marks after them, in random strings.
            var alphabet = new List<char>("aAeEiIoOuUyYdDzZ 1-");
            for (char c = '\u00C0'; c <= '\u024F'; c++) { alphabet.Add(c); }
            for (char c = '\u0300'; c <= '\u036F'; c++) { alphabet.Add(c); }
            for (char c = '\u1E00'; c <= '\u1EFF'; c++) { alphabet.Add(c); }
            alphabet.AddRange("–’ßøÆ\u0345\u0F71\u0F72\u0B47\u0B3E\u1100\u1161\uAC00ស្រុ\u2126\u212A\u212B");
            var random = new Random(15);
            var mismatches = new List<string>();
            for (int n = 0; n < 20000; n++)
            {
                var chars = new char[1 + random.Next(10)];
                for (int i = 0; i < chars.Length; i++)
                {
                    chars[i] = alphabet[random.Next(alphabet.Count)];
                }

                string text = new string(chars);
                if (Outcome(TextPattern.RemoveDiacritics, text) != Outcome(ReferenceTextPattern.RemoveDiacritics, text))
                {
                    mismatches.Add(Escape(text));
                }
            }

            Assert.True(mismatches.Count == 0, string.Join(", ", mismatches.Take(40)));
        }

        [Theory]
        [InlineData("cashew")]
        [InlineData("Tô Lâm")]
        [InlineData("Đồng")]
        [InlineData("a`*b")]
        public void Keywords_are_literals_searched_for_without_a_Regex(string keyword)
        {
            Assert.True(new TextPattern("*" + keyword + "*", ignoreDiacritics: true).IsLiteralSearch);
        }

        [Theory]
        [InlineData("a?b")]
        [InlineData("*a*b*")]
        [InlineData("[ck]*")]
        [InlineData("ស្រុក")]
        public void Other_patterns_keep_the_Regex(string pattern)
        {
            Assert.False(new TextPattern(pattern, ignoreDiacritics: true).IsLiteralSearch);
        }

        // A text the runtime cannot normalise (U+FFFE, say) must throw as it did.
        private static string Outcome(Func<string, string> removeDiacritics, string text)
        {
            try
            {
                return removeDiacritics(text);
            }
            catch (ArgumentException e)
            {
                return "throws " + e.GetType().Name;
            }
        }

        private static string Escape(string? text)
            => text is null ? "(null)" : string.Concat(text.Select(c => c < 0x20 || c >= 0x7F ? $"\\u{(int)c:X4}" : c.ToString()));
    }
}
