using System;
using System.Collections.Generic;
using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Data;
using Xunit;

namespace RelationsTools.Tests
{
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
        public void The_conflict_over_the_age_of_the_CLV_DTA_names_the_two_claims_that_disagree()
        {
            var age = ByTopic["clv-dta-age-years"];

            var pair = Assert.Single(age.Conflicts);
            Assert.Equal(("cl-clv-dta-age-years-news", "cl-clv-dta-age-years-iseas"), (pair.First.Id, pair.Second.Id));
            Assert.Equal(
                "25 as of 2024 (news-2024-na-cancels-clv-dta-trade-agreement ¶2) vs ≈ 20 as of 2024-09 (iseas-2025-03-mending-fences ¶4); "
                + "also ≥ 20 as of 2024 (asiatimes-2024-clv-dta-withdrawal ¶3)",
                age.Summary);
        }

        [Fact]
        public void Only_a_Conflict_has_conflicting_pairs()
        {
            Assert.All(ByTopic.Values, c => Assert.Equal(c.Status == ComparisonStatus.Conflict, c.Conflicts.Count > 0));
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
}
