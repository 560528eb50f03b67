using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>The rules of Compare-Source, on hand-built claims where one rule is at stake at a time.</summary>
    public class ClaimAgreementTests
    {
        private static readonly ClaimAgreement Default = new ClaimAgreement(ClaimLedger.DefaultTolerance);

        [Fact]
        public void About_five_billion_agrees_with_five_point_oh_five_billion_at_the_default_tolerance()
        {
            Assert.True(Default.Agree(Claims.Number(5_000_000_000m, Qualifier.About), Claims.Number(5_050_000_000m)));
        }

        [Fact]
        public void Numbers_further_apart_than_the_tolerance_disagree()
        {
            Assert.False(Default.Agree(Claims.Number(5_000_000_000m), Claims.Number(5_310_000_000m)));
        }

        [Fact]
        public void Tolerance_is_relative_to_the_larger_number()
        {
            // |100 - 98| = 2 <= 0.02 * 100; measured against 98 it would be 2 > 1.96.
            Assert.True(Default.Agree(Claims.Number(98m), Claims.Number(100m)));
            Assert.False(Default.Agree(Claims.Number(97m), Claims.Number(100m)));
        }

        [Fact]
        public void A_tolerance_of_one_in_a_thousand_turns_a_one_percent_difference_into_disagreement()
        {
            var a = Claims.Number(10_000_000_000m);
            var b = Claims.Number(10_100_000_000m);

            Assert.True(Default.Agree(a, b));
            Assert.False(new ClaimAgreement(0.001).Agree(a, b));
        }

        [Fact]
        public void Zero_tolerance_asks_for_equal_numbers()
        {
            var strict = new ClaimAgreement(0);
            Assert.True(strict.Agree(Claims.Number(20m), Claims.Number(20m)));
            Assert.False(strict.Agree(Claims.Number(20m), Claims.Number(20.01m)));
        }

        [Theory]
        [InlineData(85, true)]
        [InlineData(80, true)]
        [InlineData(79, true)]    // within 2% below the bound: 79 >= 80 * 0.98
        [InlineData(78, false)]
        public void AtLeast_agrees_with_any_number_from_its_bound_up_and_just_below_it_within_tolerance(int other, bool agrees)
        {
            Assert.Equal(agrees, Default.Agree(Claims.Number(80m, Qualifier.AtLeast, ValueUnit.Percent), Claims.Number(other, unit: ValueUnit.Percent)));
        }

        [Theory]
        [InlineData(3, true)]
        [InlineData(5, true)]
        [InlineData(6, false)]
        public void AtMost_agrees_with_any_number_up_to_its_bound(int rank, bool agrees)
        {
            Assert.Equal(agrees, Default.Agree(Claims.Number(5m, Qualifier.AtMost, ValueUnit.Rank), Claims.Number(rank, unit: ValueUnit.Rank)));
        }

        [Fact]
        public void Two_AtLeast_claims_always_agree_and_so_do_two_AtMost()
        {
            Assert.True(Default.Agree(Claims.Number(20m, Qualifier.AtLeast), Claims.Number(1_000m, Qualifier.AtLeast)));
            Assert.True(Default.Agree(Claims.Number(5m, Qualifier.AtMost), Claims.Number(1m, Qualifier.AtMost)));
        }

        [Fact]
        public void AtLeast_and_AtMost_agree_only_when_their_ranges_meet_within_tolerance()
        {
            Assert.True(Default.Agree(Claims.Number(70m, Qualifier.AtLeast), Claims.Number(80m, Qualifier.AtMost)));
            Assert.False(Default.Agree(Claims.Number(80m, Qualifier.AtLeast), Claims.Number(70m, Qualifier.AtMost)));
        }

        [Fact]
        public void About_gets_no_width_beyond_the_tolerance()
        {
            Assert.False(Default.Agree(Claims.Number(20m, Qualifier.About, ValueUnit.Count), Claims.Number(25m, unit: ValueUnit.Count)));
            Assert.True(new ClaimAgreement(0.2).Agree(Claims.Number(20m, Qualifier.About, ValueUnit.Count), Claims.Number(25m, unit: ValueUnit.Count)));
        }

        [Fact]
        public void Claims_in_different_units_never_agree()
        {
            Assert.False(Default.Agree(Claims.Number(3m, unit: ValueUnit.Rank), Claims.Number(3m, unit: ValueUnit.Count)));
        }

        [Theory]
        [InlineData("2024-09", "2024-09-20", true)]
        [InlineData("2024", "2024-09-20", true)]
        [InlineData("2024", "2024-09", true)]
        [InlineData("../1974", "1970/1973", true)]
        [InlineData("2024-09-20", "2024-09-21", false)]
        [InlineData("2024-08", "2024-09-20", false)]
        [InlineData("1970/1979", "1975/1989", false)]   // overlapping spans name different periods
        public void A_date_agrees_with_a_date_whose_span_it_contains(string a, string b, bool agrees)
        {
            Assert.Equal(agrees, Default.Agree(Claims.Date(a), Claims.Date(b)));
            Assert.Equal(agrees, Default.Agree(Claims.Date(b), Claims.Date(a)));
        }

        [Theory]
        [InlineData("2024-09")]
        [InlineData("1967")]
        [InlineData("")]
        public void An_empty_date_disagrees_with_no_date(string other)
        {
            Assert.True(Default.Agree(Claims.Date(""), Claims.Date(other)));
        }

        [Theory]
        [InlineData(-0.01)]
        [InlineData(1.01)]
        [InlineData(double.NaN)]
        public void Tolerance_outside_zero_to_one_is_refused(double tolerance)
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => new ClaimLedger(Array.Empty<Claim>(), tolerance));
        }
    }

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

    /// <summary>The comparison over the bundled dataset, the rows a reader of Compare-Source sees.</summary>
    public class BundledComparisonTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        private static readonly Dictionary<string, SourceComparison> ByTopic =
            new ClaimLedger(Data.Claims).CompareTopics().ToDictionary(c => c.Topic, StringComparer.Ordinal);

        [Fact]
        public void Vietnam_export_rank_changed_from_second_in_2024_to_third_in_2025()
        {
            var rank = ByTopic["vietnam-export-rank"];

            Assert.Equal(ComparisonStatus.Changed, rank.Status);
            Assert.Equal(new[] { "#2", "#3" }, rank.Values);
            Assert.Equal(2, rank.SourceCount);
            Assert.Equal(
                "#2 as of 2024 (asiatimes-2024-clv-dta-withdrawal ¶28) vs #3 as of 2025 (khmertimes-2025-08-18-border-trade ¶10)",
                rank.Summary);
        }

        [Fact]
        public void Trade_target_agrees_across_its_three_documents()
        {
            var target = ByTopic["bilateral-trade-target-usd"];

            Assert.Equal(ComparisonStatus.Agree, target.Status);
            Assert.Equal(3, target.SourceCount);
            Assert.Contains("iseas-2025-03-mending-fences", target.SourceIds);
            Assert.Equal(new[] { "US$20.0 bn" }, target.Values);
        }

        [Fact]
        public void Withdrawal_announcement_agrees_across_month_day_and_undated_claims()
        {
            var withdrawal = ByTopic["clv-dta-withdrawal-announced"];

            Assert.Equal(ComparisonStatus.Agree, withdrawal.Status);
            Assert.Equal(3, withdrawal.SourceCount);
            Assert.Equal(new[] { "2024-09", "2024-09-20", "(no date)" }, withdrawal.Values);
        }

        [Fact]
        public void Bilateral_trade_is_a_change_over_the_years_not_a_conflict()
        {
            Assert.Equal(ComparisonStatus.Changed, ByTopic["bilateral-trade-usd"].Status);
        }

        [Fact]
        public void Top_five_investor_agrees_with_third_investor()
        {
            Assert.Equal(ComparisonStatus.Agree, ByTopic["vietnam-investor-rank"].Status);
        }

        [Fact]
        public void Twenty_five_years_conflicts_with_about_twenty_at_2_percent_and_agrees_at_20_percent()
        {
            Assert.Equal(ComparisonStatus.Conflict, ByTopic["clv-dta-age-years"].Status);
            var loose = new ClaimLedger(Data.Claims.Where(c => c.Topic == "clv-dta-age-years"), 0.2).CompareTopics().Single();
            Assert.Equal(ComparisonStatus.Agree, loose.Status);
        }

        [Fact]
        public void Every_topic_stated_by_one_document_is_Single_and_no_other_is()
        {
            foreach (var comparison in ByTopic.Values)
            {
                Assert.Equal(comparison.SourceCount == 1, comparison.Status == ComparisonStatus.Single);
            }
        }

        [Fact]
        public void Topics_come_in_data_order_each_once()
        {
            var expected = Data.Claims.Select(c => c.Topic).Distinct().ToList();
            Assert.Equal(expected, new ClaimLedger(Data.Claims).CompareTopics().Select(c => c.Topic).ToList());
        }

        [Fact]
        public void List_properties_print_as_their_items_so_Export_Csv_writes_no_type_names()
        {
            var rank = ByTopic["vietnam-export-rank"];

            Assert.Equal("#2; #3", rank.Values.ToString());
            Assert.Equal("OpEd; NewsReport", rank.SourceKinds.ToString());
            Assert.Equal("cl-vietnam-export-rank-at; cl-vietnam-export-rank-kt", rank.Claims.ToString());
        }

        [Fact]
        public void Summaries_read_the_same_in_every_culture()
        {
            var invariant = new ClaimLedger(Data.Claims).CompareTopics().Select(c => c.Summary).ToList();
            foreach (string culture in new[] { "de-DE", "tr-TR", "ar-SA" })
            {
                Assert.Equal(invariant, TestCulture.Under(culture, () => new ClaimLedger(Data.Claims).CompareTopics().Select(c => c.Summary).ToList()));
            }
        }
    }

    /// <summary>The two-source form: Compare-Object's side indicators over topics.</summary>
    public class SourceDifferenceTests
    {
        private const string AsiaTimes = "asiatimes-2024-clv-dta-withdrawal";
        private const string KhmerTimes = "khmertimes-2025-08-18-border-trade";
        private const string Iseas = "iseas-2025-03-mending-fences";

        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        [Fact]
        public void A_topic_both_state_differently_is_marked_different_with_both_values()
        {
            var rank = Compare(AsiaTimes, KhmerTimes).Single(d => d.Topic == "vietnam-export-rank");

            Assert.Equal(SideIndicators.Different, rank.SideIndicator);
            Assert.Equal(ComparisonStatus.Changed, rank.Status);
            Assert.Equal("#2", rank.ReferenceValue);
            Assert.Equal("#3", rank.DifferenceValue);
            Assert.Equal("asiatimes-2024-clv-dta-withdrawal ¶28", rank.ReferenceCitation);
        }

        [Fact]
        public void Topics_of_one_side_only_point_to_that_side()
        {
            var rows = Compare(AsiaTimes, KhmerTimes).ToDictionary(d => d.Topic);

            Assert.Equal(SideIndicators.ReferenceOnly, rows["vietnam-investor-rank"].SideIndicator);
            Assert.Equal(string.Empty, rows["vietnam-investor-rank"].DifferenceValue);
            Assert.Equal(SideIndicators.DifferenceOnly, rows["bilateral-trade-target-usd"].SideIndicator);
            Assert.Equal(string.Empty, rows["bilateral-trade-target-usd"].ReferenceValue);
        }

        [Fact]
        public void Agreeing_topics_appear_only_when_equal_ones_are_included()
        {
            Assert.DoesNotContain(Compare(Iseas, KhmerTimes), d => d.Topic == "bilateral-trade-target-usd");

            var target = Compare(Iseas, KhmerTimes, includeEqual: true).Single(d => d.Topic == "bilateral-trade-target-usd");
            Assert.Equal(SideIndicators.Equal, target.SideIndicator);
            Assert.Equal(ComparisonStatus.Agree, target.Status);
        }

        [Fact]
        public void Every_row_has_one_of_the_four_indicators()
        {
            var indicators = new[] { SideIndicators.Equal, SideIndicators.Different, SideIndicators.ReferenceOnly, SideIndicators.DifferenceOnly };
            Assert.All(Compare(Iseas, AsiaTimes, includeEqual: true), d => Assert.Contains(d.SideIndicator, indicators));
        }

        [Fact]
        public void A_source_compared_with_itself_is_equal_everywhere_it_is_consistent()
        {
            var rows = Compare(KhmerTimes, KhmerTimes, includeEqual: true);
            Assert.All(rows, d => Assert.Equal(SideIndicators.Equal, d.SideIndicator));
            Assert.Equal(Data.Claims.Count(c => c.SourceId == KhmerTimes), rows.Sum(d => d.Claims.Count));
        }

        private static List<SourceDifference> Compare(string reference, string difference, bool includeEqual = false)
            => new ClaimLedger(Data.Claims).CompareSources(reference, difference, includeEqual).ToList();
    }

    public class ClaimFilterTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        [Fact]
        public void Topic_wildcards_match_ignoring_case()
        {
            var topics = new ClaimFilter(new[] { "VIETNAM-EXPORT*" }, null).Apply(Data.Claims).Select(c => c.Topic).Distinct();
            Assert.Equal(new[] { "vietnam-export-rank" }, topics);
        }

        [Fact]
        public void Plain_names_that_find_nothing_are_reported_and_wildcards_are_not()
        {
            var filter = new ClaimFilter(new[] { "no-such-topic", "zz*", "bilateral-trade-target-usd" }, new[] { "no-such-source", "cicp*" });

            Assert.Empty(filter.Apply(Data.Claims).ToList());
            Assert.Equal(new[] { ("TopicNotFound", "no-such-topic"), ("SourceNotFound", "no-such-source") }, filter.NotFound(Data).Select(n => (n.ErrorId, n.Name)));
        }

        [Fact]
        public void A_name_found_only_beside_a_name_of_the_other_filter_is_still_found()
        {
            // bilateral-trade-target-usd exists and cicp exists, but CICP does not state it: an empty answer, not a missing name.
            var filter = new ClaimFilter(new[] { "bilateral-trade-target-usd" }, new[] { "cicp-2020-07-13-new-heights" });

            Assert.Empty(filter.Apply(Data.Claims).ToList());
            Assert.Empty(filter.NotFound(Data));
        }

        [Fact]
        public void Both_filters_apply_together()
        {
            var claims = new ClaimFilter(new[] { "bilateral-trade-target-usd" }, new[] { "iseas*" }).Apply(Data.Claims).ToList();
            Assert.Equal(new[] { "tf-bilateral-trade-target@iseas-2025-03-mending-fences" }, claims.Select(c => c.Id));
        }
    }

    /// <summary>Hand-built claims: every part a test does not name is a fixed, unremarkable default.</summary>
    internal static class Claims
    {
        private static int counter;

        public static Claim Number(decimal value, Qualifier qualifier = Qualifier.Exact, ValueUnit unit = ValueUnit.USD, string asOf = "2024", string source = "source-a", string repostOf = "")
            => Make(value.ToString(CultureInfo.InvariantCulture), value, null, unit, qualifier, asOf, source, repostOf);

        /// <summary>Two-way trade over <paramref name="period"/>, as a trade figure's claim: a total, about that whole period.</summary>
        public static Claim Total(decimal value, string period, string sourceId)
        {
            var figure = new TradeFigure("tf-test-" + sourceId, TradeMetric.BilateralTrade, FuzzyDate.Parse(period), FigureKind.Actual, value, ValueUnit.USD, Qualifier.Exact, new[] { new Citation(sourceId, 1, 1) }, "A test figure.");
            var source = new RelationsSource(sourceId, "Title of " + sourceId, "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "");
            return Claim.OfFigure(figure, id => source).Single();
        }

        /// <summary>A Status or Quote claim.</summary>
        public static Claim Text(ValueUnit unit, string words, string asOf = "2025", string source = "source-a")
            => Make(words, null, null, unit, Qualifier.Exact, asOf, source);

        /// <summary>A date claim; its AsOf is its own date unless given, as for a dated happening.</summary>
        public static Claim Date(string value, string? asOf = null, string source = "source-a")
            => Make(value, null, FuzzyDate.Parse(value), ValueUnit.Date, Qualifier.Exact, asOf ?? value, source);

        private static Claim Make(string text, decimal? number, FuzzyDate? date, ValueUnit unit, Qualifier qualifier, string asOf, string sourceId, string repostOf = "")
        {
            var source = new RelationsSource(sourceId, "Title of " + sourceId, "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "", repostOf: repostOf);
            int n = System.Threading.Interlocked.Increment(ref counter);
            return new Claim("cl-test-" + n.ToString(CultureInfo.InvariantCulture), "test-topic", text, number, date, unit, qualifier, FuzzyDate.Parse(asOf), source, new Citation(sourceId, 1, 1), "A test claim.");
        }
    }
}
