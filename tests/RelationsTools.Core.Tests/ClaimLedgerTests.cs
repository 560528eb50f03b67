using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>How the ledger gathers claims into topics and says which of them conflict, on hand-built claims.</summary>
    public class ClaimLedgerTests
    {
        [Theory]
        [InlineData("Vietnam-Export-Rank")]
        [InlineData("vietnam-export-rank ")]
        [InlineData("vietnam-export-rank\u200B")]
        [InlineData("vietnam\u2011export-rank")]
        public void A_topic_written_another_way_is_the_same_topic_so_two_ranks_for_one_year_conflict(string otherSpelling)
        {
            var claims = new[]
            {
                Claims.Number(2m, unit: ValueUnit.Rank, asOf: "2024", source: "a", topic: "vietnam-export-rank"),
                Claims.Number(5m, unit: ValueUnit.Rank, asOf: "2024", source: "b", topic: otherSpelling),
            };

            var comparison = Assert.Single(new ClaimLedger(claims).CompareTopics());

            Assert.Equal(("vietnam-export-rank", ComparisonStatus.Conflict, 2), (comparison.Topic, comparison.Status, comparison.SourceCount));
        }

        [Fact]
        public void A_Conflict_names_each_pair_that_disagrees_about_the_same_time_and_then_what_else_is_stated()
        {
            var claims = new[]
            {
                Claims.Number(2m, unit: ValueUnit.Rank, asOf: "2024", source: "a"),
                Claims.Number(3m, unit: ValueUnit.Rank, asOf: "2025", source: "b"),
                Claims.Number(4m, unit: ValueUnit.Rank, asOf: "2025", source: "c"),
            };

            var comparison = Assert.Single(new ClaimLedger(claims).CompareTopics());

            var pair = Assert.Single(comparison.Conflicts);
            Assert.Equal((claims[1], claims[2]), (pair.First, pair.Second));
            Assert.Equal("#3 as of 2025 (b ¶1) vs #4 as of 2025 (c ¶1); also #2 as of 2024 (a ¶1)", comparison.Summary);
        }

        [Fact]
        public void A_change_over_time_has_no_conflicting_pair()
        {
            var claims = new[] { Claims.Number(2m, unit: ValueUnit.Rank, asOf: "2024", source: "a"), Claims.Number(3m, unit: ValueUnit.Rank, asOf: "2025", source: "b") };

            var comparison = Assert.Single(new ClaimLedger(claims).CompareTopics());

            Assert.Equal(ComparisonStatus.Changed, comparison.Status);
            Assert.Empty(comparison.Conflicts);
            Assert.Equal("#2 as of 2024 (a ¶1) vs #3 as of 2025 (b ¶1)", comparison.Summary);
        }

        [Fact]
        public void A_figure_citing_one_source_twice_is_one_claim_of_it_however_the_id_is_written()
        {
            var source = new RelationsSource("source-a", "Title", "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "");
            var figure = new TradeFigure("tf-test", TradeMetric.BilateralTrade, FuzzyDate.Parse("2024"), FigureKind.Actual, 5m, ValueUnit.USD, Qualifier.Exact,
                new[] { new Citation("source-a", 1, 1), new Citation("Source\u2011A", 2, 2) }, "A test figure.");

            Assert.Single(Claim.OfFigure(figure, id => source));
        }

        [Fact]
        public void Two_sources_are_compared_on_a_topic_however_each_writes_it()
        {
            var claims = new[]
            {
                Claims.Number(2m, unit: ValueUnit.Rank, source: "a", topic: "vietnam-export-rank"),
                Claims.Number(5m, unit: ValueUnit.Rank, source: "b", topic: "VIETNAM-EXPORT-RANK"),
            };

            var row = Assert.Single(new ClaimLedger(claims).CompareSources("A", "b\u200B"));

            Assert.Equal((SideIndicators.Different, ComparisonStatus.Conflict), (row.SideIndicator, row.Status));
        }
    }
}
