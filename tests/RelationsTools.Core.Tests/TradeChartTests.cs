using System.Linq;
using System.Text.RegularExpressions;
using RelationsTools.Data;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>The report's trade chart: the order of its periods.</summary>
    public class TradeChartTests
    {
        private const string FiguresHeader = "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Note\n";

        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        private static string Chart(TempDataFolder folder) => HtmlReportTests.Svg(HtmlReportTests.RenderFolder(folder), "trade-chart");

        private static string Bar(string chart, string figureId)
            => Regex.Match(chart, "<a href=\"#figure-" + figureId + "\">.*?</a>", RegexOptions.Singleline).Value;

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
