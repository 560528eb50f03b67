using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    public class CitationTests
    {
        [Fact]
        public void Parses_a_list_of_paragraph_citations()
        {
            Assert.True(Citation.TryParseList("khmertimes-2025-08-18-border-trade ¶9; iseas-2025-03-mending-fences ¶4-5", out var list, out _));

            Assert.Equal(2, list.Count);
            Assert.Equal("khmertimes-2025-08-18-border-trade", list[0].SourceId);
            Assert.Equal(9, list[0].FirstParagraph);
            Assert.Equal(5, list[1].LastParagraph);
            Assert.Equal("iseas-2025-03-mending-fences ¶4-5", list[1].ToString());
        }

        [Theory]
        [InlineData("khmertimes ¶")]
        [InlineData("khmertimes 9")]
        [InlineData("khmer times ¶9")]
        [InlineData("khmertimes_x ¶9")]
        [InlineData("khmertimes ¶9-3")]
        [InlineData("khmertimes ¶0")]
        [InlineData("khmertimes¶9")]
        public void Rejects_malformed_citations(string text)
        {
            Assert.False(Citation.TryParseList(text, out _, out string error));
            Assert.Contains(text, error);
        }

        [Theory]
        [InlineData("cicp-2020-07-13-new-heights §4")]
        [InlineData("cicp-2020-07-13-new-heights 4")]
        [InlineData("cicp-2020-07-13-new-heights p. 4")]
        public void A_malformed_citation_is_told_the_form_and_how_to_type_the_pilcrow_in_PowerShell(string text)
        {
            Assert.False(Citation.TryParseList(text, out _, out string error));

            Assert.Contains("'source-id ¶N'", error);
            Assert.Contains("[char]0xB6", error);
            Assert.Contains("`u{B6}", error);
        }

        [Fact]
        public void Source_ids_are_distinct_in_order_of_first_mention()
        {
            Citation.TryParseList("b ¶1; a ¶2; b ¶3", out var list, out _);

            Assert.Equal(new[] { "b", "a" }, Citation.SourceIdsOf(list));
        }
    }
}
