using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>-Keyword as a search box: words in any order, "quoted phrases" as phrases, an actor's names as one, patterns that cannot be read as errors in the user's terms.</summary>
    public class KeywordSearchTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        private static List<string> Find(params string[] keywords) => new EventQuery(keywords: keywords).Run(Data, ReadMonitor.Strict).Select(e => e.Id).ToList();

        [Fact]
        public void Several_words_match_in_any_order_each_in_the_title_or_the_summary()
        {
            Assert.Contains("ev-2024-09-20-clv-dta-withdrawal", Find("CLV-DTA withdrawal"));
            Assert.Equal(Find("CLV-DTA withdrawal"), Find("withdrawal  CLV-DTA"));
            Assert.All(Find("CLV-DTA withdrawal"), id => Assert.Contains(id, Find("withdrawal")));
            Assert.True(Find("CLV-DTA withdrawal").Count < Find("withdrawal").Count);
        }

        [Fact]
        public void A_quoted_phrase_matches_only_as_a_phrase()
        {
            Assert.Contains("ev-2024-09-20-clv-dta-withdrawal", Find("\"withdrawal from the CLV-DTA\""));
            Assert.DoesNotContain("ev-2024-09-20-clv-dta-withdrawal", Find("\"CLV-DTA withdrawal\""));
            Assert.Equal(Find("\"withdrawal from the\" CLV-DTA"), Find("CLV-DTA \"withdrawal from the\""));
        }

        [Theory]
        [InlineData("Viet Nam")]
        [InlineData("Việt Nam")]
        [InlineData("viet-nam")]
        [InlineData("\"Viet Nam\"")]
        [InlineData("Hà Nội")]
        [InlineData("Hanoi")]
        public void A_keyword_naming_an_actor_finds_what_its_other_names_find(string name)
        {
            var vietnam = Find("Vietnam");
            Assert.NotEmpty(vietnam);
            Assert.Equal(Find("Vietnam", "Viet Nam", "Việt Nam", "Socialist Republic of Vietnam", "Hanoi"), Find(name));
            Assert.All(vietnam, id => Assert.Contains(id, Find(name)));
        }

        [Fact]
        public void A_word_naming_an_actor_inside_a_longer_keyword_finds_its_other_names_too()
        {
            // No event says "Việt Nam": the word finds the ones that say Vietnam, and "trade" narrows them.
            var expected = Find("Vietnam trade");
            Assert.NotEmpty(expected);
            Assert.Equal(expected, Find("trade Việt-Nam"));
        }

        [Fact]
        public void A_keyword_with_a_wildcard_names_no_actor()
        {
            Assert.Equal("vietnam", ActorNames.NamedExactly(Data.Actors, "viet nam")?.Id);
            Assert.Null(ActorNames.NamedExactly(Data.Actors, "Viet N?m"));
            Assert.Null(ActorNames.NamedExactly(Data.Actors, "Viet*"));
        }

        [Theory]
        [InlineData("[z-a]")]
        [InlineData("rice [z-a]")]
        public void A_keyword_that_cannot_be_read_says_so_in_the_users_terms(string keyword)
        {
            var e = Assert.Throws<InvalidPatternException>(() => new EventQuery(keywords: new[] { keyword }));
            Assert.Equal("[z-a]", e.Pattern);
            Assert.Contains("'[z-a]'", e.Message);
            Assert.Contains("[a-z]", e.Message);
            Assert.DoesNotContain("^", e.Message);
        }

        [Fact]
        public void An_id_that_cannot_be_read_says_so_in_the_users_terms()
        {
            var e = Assert.Throws<InvalidPatternException>(() => new EventQuery(ids: new[] { "ev-[9-1]*" }));
            Assert.Equal("ev-[9-1]*", e.Pattern);
            Assert.Contains("[9-1] runs backwards", e.Message);
            Assert.Throws<InvalidPatternException>(() => new TradeFigureQuery(metrics: new[] { "[z-a]" }));
        }
    }
}
