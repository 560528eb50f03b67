using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// A trade figure's DisplayValue says when its period is only part of a year, so that US$10.0 bn for 2024
    /// followed by ≈ US$7.0 bn for January–July 2025 cannot read as a fall.
    /// </summary>
    public class TradeFigureDisplayTests
    {
        private static TradeFigure Figure(string period, decimal value = 7_000_000_000m, Qualifier qualifier = Qualifier.About)
            => new TradeFigure("tf-test", TradeMetric.BilateralTrade, FuzzyDate.Parse(period), FigureKind.Actual, value, ValueUnit.USD, qualifier, new Citation[0], string.Empty);

        [Theory]
        [InlineData("2025-01/2025-07", "≈ US$7.0 bn (7 months)")]
        [InlineData("2025-03", "≈ US$7.0 bn (1 month)")]
        [InlineData("2025-03~", "≈ US$7.0 bn (1 month)")]
        [InlineData("2024-11/2025-02", "≈ US$7.0 bn (4 months)")]
        [InlineData("2025-01/2025-11", "≈ US$7.0 bn (11 months)")]
        [InlineData("2025-03-01/2025-03-15", "≈ US$7.0 bn (15 days)")]
        [InlineData("2025-01-15/2025-07-31", "≈ US$7.0 bn (198 days)")]
        [InlineData("2025-03-05", "≈ US$7.0 bn (1 day)")]
        public void A_period_shorter_than_a_year_is_named_with_its_length(string period, string expected)
            => Assert.Equal(expected, Figure(period).DisplayValue);

        [Fact]
        public void A_level_at_a_time_is_not_a_total_so_its_months_are_not_named()
        {
            var projects = new TradeFigure("tf-test", TradeMetric.VietnamInvestmentProjects, FuzzyDate.Parse("2024-03"), FigureKind.Actual, 205m, ValueUnit.Count, Qualifier.Exact, new Citation[0], string.Empty);

            Assert.Equal("205", projects.DisplayValue);
        }

        [Fact]
        public void A_figures_claim_names_a_part_year_period_as_the_figure_does()
        {
            var figure = new TradeFigure("tf-test", TradeMetric.BilateralTrade, FuzzyDate.Parse("2025-01/2025-07"), FigureKind.Actual, 7_000_000_000m, ValueUnit.USD, Qualifier.About, new[] { new Citation("s", 9, 9) }, string.Empty);
            var source = new RelationsSource("s", "T", "", DelimitedList.Parse(""), FuzzyDate.Unknown, SourceKind.NewsReport, DelimitedList.Parse("en"), "");

            Assert.Equal(figure.DisplayValue, Claim.OfFigure(figure, id => source).Single().DisplayValue);
        }

        [Theory]
        [InlineData("2024")]
        [InlineData("2024~")]
        [InlineData("2019/2020")]
        [InlineData("2024-07/2025-06")]         // twelve months: a year, if not a calendar one
        [InlineData("2024-01-01/2024-12-31")]
        [InlineData("2024-03/2025-08")]
        [InlineData("../2025")]                  // open: its length is not known
        [InlineData("2025-03/..")]
        [InlineData("")]                         // no period given, as for the US$20 billion target
        public void A_year_or_more_an_open_period_or_none_adds_nothing(string period)
            => Assert.Equal("≈ US$7.0 bn", Figure(period).DisplayValue);

        [Fact]
        public void The_bundled_January_to_July_2025_figures_read_as_seven_months()
        {
            var data = RelationsData.Load(RepoPaths.BundledData);
            var partYear = data.TradeFigures.Where(f => f.Period == "2025-01/2025-07").ToList();

            Assert.Equal(3, partYear.Count);
            Assert.All(partYear, f => Assert.EndsWith(" (7 months)", f.DisplayValue));
            Assert.Equal("≈ US$7.0 bn (7 months)", partYear.Single(f => f.Metric == TradeMetric.BilateralTrade).DisplayValue);
            Assert.Equal("US$10.0 bn", data.TradeFigures.Single(f => f.Id == "tf-2024-bilateral-trade").DisplayValue);
            Assert.Equal("US$20.0 bn", data.TradeFigures.Single(f => f.Id == "tf-bilateral-trade-target").DisplayValue);
        }
    }
}
