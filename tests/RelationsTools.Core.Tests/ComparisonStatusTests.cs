using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>How a topic's claims become Single, Agree, Conflict or Changed.</summary>
    public class ComparisonStatusTests
    {
        [Fact]
        public void One_document_is_Single_even_with_several_rows()
        {
            var status = StatusOf(Claims.Number(1m, asOf: "2020", source: "a"), Claims.Number(2m, asOf: "2024", source: "a"));
            Assert.Equal(ComparisonStatus.Single, status);
        }

        [Fact]
        public void Agreeing_documents_are_Agree_whatever_their_periods()
        {
            var status = StatusOf(Claims.Number(20m, asOf: "2019", source: "a"), Claims.Number(20m, asOf: "2025", source: "b"));
            Assert.Equal(ComparisonStatus.Agree, status);
        }

        [Theory]
        [InlineData("2024", "2024")]
        [InlineData("2024", "2024-06")]              // a year and a month in it may name the same moment
        [InlineData("2024-07/2025-03", "2025")]
        public void Disagreement_about_overlapping_times_is_Conflict(string first, string second)
        {
            var status = StatusOf(Claims.Number(2m, unit: ValueUnit.Rank, asOf: first, source: "a"), Claims.Number(3m, unit: ValueUnit.Rank, asOf: second, source: "b"));
            Assert.Equal(ComparisonStatus.Conflict, status);
        }

        [Theory]
        [InlineData("2024", "2024")]
        [InlineData("2025-01/2025-07", "2025-01/2025-07")]
        [InlineData("2024", "2024-01/2024-12")]      // two spellings of one period
        [InlineData("2024~", "2024")]
        public void Totals_over_the_same_period_that_differ_are_Conflict(string first, string second)
        {
            var status = StatusOf(Claims.Total(12_000_000_000m, first, "a"), Claims.Total(7_000_000_000m, second, "b"));
            Assert.Equal(ComparisonStatus.Conflict, status);
        }

        [Theory]
        [InlineData("2025", "2025-01/2025-07")]      // a part of a year never conflicts with the whole year
        [InlineData("2024", "2024-06")]
        [InlineData("2024-07/2025-03", "2025")]      // overlapping, neither inside the other
        public void Totals_over_nested_or_overlapping_but_different_periods_are_Changed_not_Conflict(string first, string second)
        {
            var status = StatusOf(Claims.Total(12_000_000_000m, first, "a"), Claims.Total(7_000_000_000m, second, "b"));
            Assert.Equal(ComparisonStatus.Changed, status);
        }

        [Fact]
        public void Disagreement_only_between_separate_periods_is_Changed()
        {
            var status = StatusOf(Claims.Number(2m, asOf: "2024", source: "a"), Claims.Number(3m, asOf: "2025", source: "b"));
            Assert.Equal(ComparisonStatus.Changed, status);
        }

        [Fact]
        public void An_unknown_period_overlaps_any_period_so_its_disagreement_is_Conflict()
        {
            var status = StatusOf(Claims.Number(2m, asOf: "2024", source: "a"), Claims.Number(3m, asOf: "", source: "b"));
            Assert.Equal(ComparisonStatus.Conflict, status);
        }

        [Fact]
        public void One_disagreeing_pair_about_the_same_time_makes_Conflict_even_beside_a_change()
        {
            var status = StatusOf(
                Claims.Number(2m, asOf: "2024", source: "a"),
                Claims.Number(3m, asOf: "2025", source: "b"),
                Claims.Number(4m, asOf: "2025", source: "c"));
            Assert.Equal(ComparisonStatus.Conflict, status);
        }

        [Fact]
        public void Two_different_dates_for_one_happening_are_Conflict_not_Changed()
        {
            // A dated happening's AsOf is its own date, so the periods do not overlap, yet a happening cannot move.
            var status = StatusOf(Claims.Date("2024-09-20", source: "a"), Claims.Date("2024-10-02", source: "b"));
            Assert.Equal(ComparisonStatus.Conflict, status);
        }

        [Fact]
        public void An_expected_date_that_moves_between_separate_statements_is_Changed()
        {
            // An expectation's AsOf is when it was stated, not the date expected.
            var status = StatusOf(Claims.Date("2027", asOf: "2025-03", source: "a"), Claims.Date("2028", asOf: "2026", source: "b"));
            Assert.Equal(ComparisonStatus.Changed, status);
        }

        [Fact]
        public void A_one_percent_difference_agrees_by_default_and_conflicts_at_a_tolerance_of_0_001()
        {
            var claims = new[] { Claims.Number(10_000_000_000m, source: "a"), Claims.Number(10_100_000_000m, source: "b") };

            Assert.Equal(ComparisonStatus.Agree, new ClaimLedger(claims).CompareTopics().Single().Status);
            Assert.Equal(ComparisonStatus.Conflict, new ClaimLedger(claims, 0.001).CompareTopics().Single().Status);
        }

        [Fact]
        public void Two_statuses_agree_when_their_words_are_the_same_ignoring_case()
        {
            Assert.Equal(ComparisonStatus.Agree, StatusOf(Claims.Text(ValueUnit.Status, "under construction", source: "a"), Claims.Text(ValueUnit.Status, "Under Construction", source: "b")));
        }

        [Fact]
        public void Different_statuses_for_the_same_period_conflict_and_for_different_periods_are_a_change()
        {
            Assert.Equal(ComparisonStatus.Conflict, StatusOf(Claims.Text(ValueUnit.Status, "proposed", asOf: "2025", source: "a"), Claims.Text(ValueUnit.Status, "completed", asOf: "2025", source: "b")));
            Assert.Equal(ComparisonStatus.Changed, StatusOf(Claims.Text(ValueUnit.Status, "proposed", asOf: "2025-03", source: "a"), Claims.Text(ValueUnit.Status, "feasibility study", asOf: "2025-12", source: "b")));
        }

        [Fact]
        public void Two_documents_quoting_one_remark_agree_whatever_their_rendering()
        {
            Assert.Equal(ComparisonStatus.Agree, StatusOf(Claims.Text(ValueUnit.Quote, "breathe through its own nose", source: "a"), Claims.Text(ValueUnit.Quote, "breathing through our own nose", source: "b")));
        }

        [Fact]
        public void A_status_never_agrees_with_a_quote()
        {
            Assert.Equal(ComparisonStatus.Conflict, StatusOf(Claims.Text(ValueUnit.Status, "planned", source: "a"), Claims.Text(ValueUnit.Quote, "planned", source: "b")));
        }

        [Fact]
        public void A_document_and_its_repost_are_one_voice_so_their_topic_stays_Single()
        {
            var original = Claims.Number(5m, source: "original");
            var repost = Claims.Number(5m, source: "copy", repostOf: "original");

            var comparison = new ClaimLedger(new[] { original, repost }).CompareTopics().Single();

            Assert.Equal(ComparisonStatus.Single, comparison.Status);
            Assert.Equal(1, comparison.SourceCount);
            Assert.Equal(new[] { "original", "copy" }, comparison.SourceIds);
        }

        [Fact]
        public void A_repost_of_a_repost_is_the_same_voice_when_every_source_is_known()
        {
            var first = new RelationsSource("original", "T", "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "");
            var middle = new RelationsSource("middle", "T", "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "", repostOf: "original");
            var claims = new[] { Claims.Number(5m, source: "original"), Claims.Number(5m, source: "copy", repostOf: "middle") };

            Assert.Equal(ComparisonStatus.Single, new ClaimLedger(claims, sources: new[] { first, middle }).CompareTopics().Single().Status);
            Assert.Equal(ComparisonStatus.Agree, new ClaimLedger(claims).CompareTopics().Single().Status);
        }

        [Fact]
        public void A_third_independent_document_makes_a_reposted_claim_Agree_with_two_voices()
        {
            var claims = new[] { Claims.Number(5m, source: "original"), Claims.Number(5m, source: "copy", repostOf: "original"), Claims.Number(5m, source: "other") };

            var comparison = new ClaimLedger(claims).CompareTopics().Single();

            Assert.Equal((ComparisonStatus.Agree, 2), (comparison.Status, comparison.SourceCount));
        }

        private static ComparisonStatus StatusOf(params Claim[] claims)
            => new ClaimAgreement(ClaimLedger.DefaultTolerance).StatusOf(claims, new SourceVoices(claims.Select(c => c.Source)));
    }
}
