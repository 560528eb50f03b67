using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// Every filter exists twice: over a row's raw fields while a folder streams (dropping rows before they are
    /// parsed), and over objects when the data is held whole. The first is safe only while it is never stricter
    /// than the second; these tests hold them to it over a grid of queries, by running each one both ways over
    /// the same rows.
    /// </summary>
    public sealed class QueryEquivalenceTests : IClassFixture<QueryEquivalenceTests.GridFolder>
    {
        private static readonly string[] Dates =
        {
            "1967", "1979/1989", "../1974", "2019~", "2024-02", "2024-09-20", "2024-09-20/2024", "2025-01/2025-07",
            "2025-03-13/..", "2024-12-31", "2025-01-01", "", "1970~/1989", "2026",
        };

        private static readonly string[] Categories = { "Diplomacy", "Trade", "Border", "History", "Infrastructure" };
        private static readonly string[] Actors = { "hun-sen", "to-lam", "cambodia; vietnam", "china", "", "hun-sen; to-lam" };
        private static readonly string[] Titles = { "Canal talks", "Tô Lâm visits", "Border markers", "TRADE FAIR", "Đồng and riel", "Expressway plan" };

        private readonly DataFolder streamed;
        private readonly RelationsData held;

        public QueryEquivalenceTests(GridFolder grid)
        {
            streamed = grid.Streamed;
            held = grid.Held;
        }

        /// <summary>The grid's rows in a folder, written and opened once for every case of the class: each case only reads it.</summary>
        public sealed class GridFolder : System.IDisposable
        {
            private readonly TempDataFolder folder = new TempDataFolder();

            public GridFolder()
            {
                var events = new StringBuilder("Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n");
                var figures = new StringBuilder("Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note\n");
                string[] metrics = { "BilateralTrade", "CambodiaExportsToVietnam", "VietnamInvestmentProjects" };
                string[] kinds = { "Actual", "Target", "Estimate" };
                int n = 0;
                foreach (string date in Dates)
                {
                    for (int i = 0; i < 6; i++, n++)
                    {
                        events.AppendFormat(CultureInfo.InvariantCulture, "ev-{0:000},{1},{2},Summary {3} about the canal and Hà Nội,{4},Happened,\"{5}\",,cicp-2020-07-13-new-heights ¶3,\n",
                            n, date, Titles[(n + i) % Titles.Length], n, Categories[(n * 7 + i) % Categories.Length], Actors[(n + 2 * i) % Actors.Length]);
                        string unit = metrics[n % 3] == "VietnamInvestmentProjects" ? "Count" : "USD";
                        figures.AppendFormat(CultureInfo.InvariantCulture, "tf-{0:000},{1},{2},{3},{4},{5},Exact,khmertimes-2025-08-18-border-trade ¶9,,\n",
                            n, metrics[n % 3], date, kinds[(n / 3) % 3], 1000 + n, unit);
                    }
                }

                // The bundled sources and actors, so that the folder reads the same held whole (on its own) and streamed.
                folder.Write("sources.csv", System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.BundledData, "sources.csv")));
                folder.Write("actors.csv", System.IO.File.ReadAllText(System.IO.Path.Combine(RepoPaths.BundledData, "actors.csv")));
                folder.Write("events.csv", events.ToString());
                folder.Write("trade-figures.csv", figures.ToString());
                var bundled = RelationsData.Load(RepoPaths.BundledData);
                Streamed = DataFolder.Open(folder.Path, bundled, ReadMonitor.Strict);
                Held = RelationsData.Load(folder.Path);
            }

            public DataFolder Streamed { get; }

            public RelationsData Held { get; }

            public void Dispose() => folder.Dispose();
        }

        public static IEnumerable<object?[]> EventQueries()
        {
            string?[][] windows = { new string?[] { null, null }, new[] { "2024", "2024" }, new[] { "1970", "1980" }, new[] { "2024-09-20", null }, new[] { null, "1974" }, new[] { "2025-03", "2025-03" } };
            string[]?[] categories = { null, new[] { "Trade" }, new[] { "b*", "History" } };
            string[][] actors = { new[] { "Hun Sen" }, new[] { "to lam", "china" } };   // no actor filter: in the loop below
            string[]?[] ids = { null, new[] { "ev-01*" }, new[] { "ev-005", "ev-050" } };
            string[]?[] keywords = { null, new[] { "canal" }, new[] { "to lam", "dong" }, new[] { "ha noi" }, new[] { "canal vietnam" }, new[] { "\"the canal\"" }, new[] { "Việt Nam" } };
            foreach (var window in windows)
            {
                foreach (bool within in new[] { false, true })
                {
                    foreach (var category in categories)
                    {
                        foreach (var actor in actors)
                        {
                            yield return new object?[] { window[0], window[1], within, category, actor, null, null };
                        }

                        foreach (var id in ids)
                        {
                            foreach (var keyword in keywords)
                            {
                                yield return new object?[] { window[0], window[1], within, category, null, id, keyword };
                            }
                        }
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(EventQueries))]
        public void A_streamed_event_query_returns_what_the_held_one_does(string? from, string? to, bool within, string[]? categories, string[]? actors, string[]? ids, string[]? keywords)
        {
            var window = DateWindow.Between(FuzzyDate.Parse(from ?? string.Empty), FuzzyDate.Parse(to ?? string.Empty));
            var query = new EventQuery(ids, window, within, categories, actors, allActors: false, sourceIds: null, keywords);

            var fromStream = query.Run(streamed, ReadMonitor.Strict).Select(e => e.Id).ToList();
            var fromObjects = query.Run(held, ReadMonitor.Strict).Select(e => e.Id).ToList();

            Assert.Equal(fromObjects, fromStream);
        }

        [Fact]
        public void The_grid_asks_questions_with_answers_of_every_size()
        {
            var sizes = EventQueries().Select(q => A(q)).ToList();

            Assert.Contains(0, sizes);
            Assert.Contains(sizes, size => size > 0 && size < 84);
            Assert.Contains(84, sizes);
        }

        private int A(object?[] q)
        {
            var window = DateWindow.Between(FuzzyDate.Parse((string?)q[0] ?? string.Empty), FuzzyDate.Parse((string?)q[1] ?? string.Empty));
            return new EventQuery((string[]?)q[5], window, (bool)q[2]!, (string[]?)q[3], (string[]?)q[4], false, null, (string[]?)q[6]).Run(held, ReadMonitor.Strict).Count();
        }

        public static IEnumerable<object?[]> FigureQueries()
        {
            string?[][] windows = { new string?[] { null, null }, new[] { "2024", "2024" }, new[] { "1970", "1980" }, new[] { "2025-03", null } };
            int[]?[] years = { null, new[] { 2024 }, new[] { 1967, 2026 } };
            string[]?[] metrics = { null, new[] { "BilateralTrade" }, new[] { "Cambodia*" } };
            FigureKind[]?[] kinds = { null, new[] { FigureKind.Target }, new[] { FigureKind.Actual, FigureKind.Estimate } };
            foreach (var window in windows)
            {
                foreach (var year in years)
                {
                    foreach (var metric in metrics)
                    {
                        foreach (var kind in kinds)
                        {
                            yield return new object?[] { window[0], window[1], year, metric, kind };
                        }
                    }
                }
            }
        }

        [Theory]
        [MemberData(nameof(FigureQueries))]
        public void A_streamed_figure_query_returns_what_the_held_one_does(string? from, string? to, int[]? years, string[]? metrics, FigureKind[]? kinds)
        {
            var window = DateWindow.Between(FuzzyDate.Parse(from ?? string.Empty), FuzzyDate.Parse(to ?? string.Empty));
            var query = new TradeFigureQuery(metrics, years, window, kinds);

            var fromStream = query.Run(streamed, ReadMonitor.Strict).Select(f => f.Id).ToList();
            var fromObjects = query.Run(held, ReadMonitor.Strict).Select(f => f.Id).ToList();

            Assert.Equal(fromObjects, fromStream);
        }

        [Theory]
        [InlineData(new[] { "tf-01*" }, null)]
        [InlineData(new[] { "tf-005", "tf-050", "tf-nothing" }, null)]
        [InlineData(new[] { "tf-0*" }, 2024)]
        public void A_streamed_figure_query_by_id_returns_what_the_held_one_does(string[] ids, int? year)
        {
            var query = new TradeFigureQuery(years: year is int y ? new[] { y } : null, ids: ids);

            var fromStream = query.Run(streamed, ReadMonitor.Strict);
            var fromObjects = query.Run(held, ReadMonitor.Strict);

            Assert.NotEmpty(fromObjects);
            Assert.Equal(fromObjects.Select(f => f.Id), fromStream.Select(f => f.Id));
            Assert.Equal(fromObjects.NotFound.Select(n => n.Name), fromStream.NotFound.Select(n => n.Name));
        }
    }
}
