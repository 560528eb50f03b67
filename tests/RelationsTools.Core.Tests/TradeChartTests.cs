using System.Linq;
using System.Text.RegularExpressions;
using RelationsTools.Data;
using RelationsTools.Query;
using RelationsTools.Report;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>The report's trade chart: what tells one bar from another, and the order of its periods.</summary>
    public class TradeChartTests
    {
        private const string FiguresHeader = "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note\n";

        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        private static string Chart(TempDataFolder folder) => HtmlReportTests.Svg(HtmlReportTests.RenderFolder(folder), "trade-chart");

        private static string Bar(string chart, string figureId)
            => Regex.Match(chart, "<a href=\"#figure-" + figureId + "\">.*?</a>", RegexOptions.Singleline).Value;

        // A whole text element's content as the page writes it (¶ is escaped).
        private static string Text(string content) => ">" + HtmlWriter.Encode(content) + "</text>";

        [Fact]
        public void Two_bars_for_one_period_from_two_sources_each_name_their_source_on_the_chart()
        {
            using var folder = new TempDataFolder();
            folder.Write("trade-figures.csv", FiguresHeader
                + "tf-2024-iseas,BilateralTrade,2024,Actual,10000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-2024-kt,BilateralTrade,2024,Actual,11400000000,USD,Exact,khmertimes-2025-08-18-border-trade ¶9,\n");

            string chart = Chart(folder);

            Assert.Contains("<text class=\"row-source\" x=\"20\" y=\"", Bar(chart, "tf-2024-iseas"));
            Assert.Contains(Text("iseas-2025-03-mending-fences ¶7"), Bar(chart, "tf-2024-iseas"));
            Assert.Contains(Text("khmertimes-2025-08-18-border-trade ¶9"), Bar(chart, "tf-2024-kt"));
        }

        [Fact]
        public void A_bar_cited_to_several_sources_names_the_first_and_counts_the_others()
        {
            using var folder = new TempDataFolder();
            folder.Write("trade-figures.csv", FiguresHeader
                + "tf-2024,BilateralTrade,2024,Actual,10000000000,USD,Exact,iseas-2025-03-mending-fences ¶7; khmertimes-2025-08-18-border-trade ¶9; cicp-2020-07-13-new-heights ¶5,\n");

            Assert.Contains(Text("iseas-2025-03-mending-fences ¶7 and 2 more"), Bar(Chart(folder), "tf-2024"));
        }

        [Fact]
        public void Periods_come_in_the_order_Get_TradeFigure_gives_their_figures()
        {
            using var folder = new TempDataFolder();
            folder.Write("trade-figures.csv", FiguresHeader
                + "tf-b,BilateralTrade,2024,Actual,10000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-a,BilateralTrade,2024-01/2024-06,Actual,4000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n"
                + "tf-c,BilateralTrade,2023,Actual,9000000000,USD,Exact,iseas-2025-03-mending-fences ¶7,\n");
            var queried = new TradeFigureQuery().Run(DataFolder.Open(folder.Path, Bundled, ReadMonitor.Strict), ReadMonitor.Strict).Select(f => f.Period).ToList();

            var charted = Regex.Matches(Chart(folder), "<text class=\"group-label\"[^>]*>([^<(]+)").Cast<Match>().Select(m => m.Groups[1].Value.Trim());

            Assert.Equal(new[] { "2023", "2024-01/2024-06", "2024" }, queried);
            Assert.Equal(queried, charted);
        }
    }
}
