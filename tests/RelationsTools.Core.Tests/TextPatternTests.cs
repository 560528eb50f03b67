using System.Globalization;
using System.Threading;
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
            var saved = CultureInfo.CurrentCulture;
            try
            {
                CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
                Assert.True(new TextPattern("DIPLOMACY").IsMatch("Diplomacy"));
                Assert.True(new TextPattern("*INFRA*").IsMatch("Infrastructure"));
            }
            finally
            {
                CultureInfo.CurrentCulture = saved;
            }
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
    }
}
