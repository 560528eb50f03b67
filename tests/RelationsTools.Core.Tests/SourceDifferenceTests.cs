using System.Collections.Generic;
using System.Linq;
using RelationsTools.Compare;
using RelationsTools.Data;
using Xunit;

namespace RelationsTools.Tests
{
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
            Assert.Equal("#2 as of 2024", rank.ReferenceValue);
            Assert.Equal("#3 as of 2025", rank.DifferenceValue);
            Assert.Equal("asiatimes-2024-clv-dta-withdrawal ¶28", rank.ReferenceCitation);
        }

        [Fact]
        public void Each_value_of_either_side_comes_with_the_period_it_is_about()
        {
            var trade = Compare(Iseas, KhmerTimes).Single(d => d.Topic == "bilateral-trade-usd");

            Assert.Equal("US$5.31 bn as of 2020; US$10.0 bn as of 2024", trade.ReferenceValue);
            Assert.Equal("≈ US$7.0 bn (7 months) as of 2025-01/2025-07", trade.DifferenceValue);
        }

        [Fact]
        public void The_date_of_a_happening_is_shown_once_being_its_own_period()
        {
            var withdrawal = Compare(Iseas, AsiaTimes, includeEqual: true).Single(d => d.Topic == "clv-dta-withdrawal-announced");

            Assert.Equal("2024-09", withdrawal.ReferenceValue);
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
}
