using System;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>When two keys (ids, topics) are one key: when a person would read them as one, and not otherwise.</summary>
    public class KeyComparerTests
    {
        private static readonly KeyComparer Keys = KeyComparer.Instance;

        [Theory]
        [InlineData("vietnam-export-rank", "Vietnam-Export-Rank")]           // case
        [InlineData("vietnam-export-rank", " vietnam-export-rank\t")]        // white space around it
        [InlineData("vietnam-export-rank", "vietnam-export-rank\u00A0")]     // a no-break space
        [InlineData("vietnam-export-rank", "vietnam-export-rank\u200B")]     // a zero-width space
        [InlineData("vietnam-export-rank", "\uFEFFvietnam-export-rank")]     // a byte-order mark
        [InlineData("vietnam-export-rank", "vietnam-\u2060export-rank")]     // a word joiner
        [InlineData("vietnam-export-rank", "vietnam\u2011export\u2010rank")] // a non-breaking hyphen and a hyphen
        [InlineData("vietnam-export-rank", "vietnam\u2013export\u2212rank")] // an en dash and a minus sign
        [InlineData("caf\u00E9-talks", "cafe\u0301-talks")]                  // an accent composed and decomposed
        [InlineData("ID-1", "id-1")]                                         // the Turkish dotless-i trap
        public void Keys_a_person_reads_as_one_are_one_key_in_every_culture(string a, string b)
        {
            foreach (string culture in new[] { "", "tr-TR", "de-DE" })
            {
                TestCulture.Under(culture, () =>
                {
                    Assert.True(Keys.Equals(a, b));
                    Assert.Equal(Keys.GetHashCode(a), Keys.GetHashCode(b));
                    Assert.Equal(0, Keys.Compare(a, b));
                    Assert.Equal(0, Keys.Compare(b, a));
                });
            }
        }

        [Theory]
        [InlineData("vietnam-export-rank", "vietnam-export-rang")]
        [InlineData("vietnam-export-rank", "vietnam export rank")]    // a space is no hyphen
        [InlineData("vietnam-export-rank", "vietnamexport-rank")]
        [InlineData("cafe-talks", "caf\u00E9-talks")]                // diacritics are letters of the key
        [InlineData("vietnam-export-rank", "vietn\u0430m-export-rank")] // a Cyrillic a only looks like a Latin one
        public void Keys_that_differ_in_a_letter_stay_different(string a, string b)
        {
            Assert.False(Keys.Equals(a, b));
            Assert.NotEqual(0, Keys.Compare(a, b));
            Assert.Equal(-Math.Sign(Keys.Compare(a, b)), Math.Sign(Keys.Compare(b, a)));
        }

        [Fact]
        public void The_plain_form_keeps_the_case_and_drops_only_what_does_not_show()
        {
            const string Ascii = "Vietnam-Export-Rank";

            Assert.Equal("Vietnam-Export-Rank", KeyComparer.Plain(" Vietnam\u2011Export\u200B-Rank\u00A0"));
            Assert.Same(Ascii, KeyComparer.Plain(Ascii));
        }

        [Theory]
        [InlineData("ev-1\u200B", "an invisible character (U+200B)")]
        [InlineData("ev\u20111", "a dash that is not the hyphen-minus '-' (U+2011)")]
        [InlineData("ev\u22121", "a dash that is not the hyphen-minus '-' (U+2212)")]
        [InlineData(" ev-1", "white space around it")]
        [InlineData("cafe\u0301", "accents written as separate characters (not composed, NFC)")]
        [InlineData("EV-1", null)]
        [InlineData("caf\u00E9", null)]
        public void A_key_not_written_plainly_says_why(string key, string? why)
        {
            Assert.Equal(why, KeyComparer.WhyNotPlain(key));
        }

        [Fact]
        public void Ids_and_topics_both_compare_as_keys()
        {
            Assert.True(RelationsId.AreEqual("ev-1967-diplomatic-relations", "EV\u20111967-diplomatic-relations "));
            Assert.True(Claim.TopicComparer.Equals("vietnam-export-rank", "Vietnam-Export-Rank\u200B"));
        }
    }
}
