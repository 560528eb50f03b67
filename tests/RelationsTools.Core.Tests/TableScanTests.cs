using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using RelationsTools.Data;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// A file split between threads (<see cref="TableScan"/>) reads exactly as one reader reads it: the same rows in
    /// the same order, the same bad rows with the same lines, the same error that stops the read. The pieces here are
    /// a few bytes long, so that cuts fall everywhere: inside quoted fields that hold line breaks, on CRLF, before
    /// blank lines, before bad rows.
    /// </summary>
    public class TableScanTests
    {
        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        // Piece sizes from one byte (a cut after nearly every line break) to a few rows.
        private static readonly long[] ChunkSizes = { 1, 3, 17, 64, 150, 1000 };

        // Every read split (mostKept 1), and only the reads that keep few rows of their first piece (the default).
        public static IEnumerable<object[]> Plans()
            => from threads in new[] { 2, 3 }
               from chunk in ChunkSizes
               from mostKept in new[] { 1.0, ScanPlan.DefaultMostKept }
               select new object[] { threads, chunk, mostKept };

        [Theory]
        [MemberData(nameof(Plans))]
        public void Events_split_between_threads_read_as_one_reader_reads_them(int threads, long chunkBytes, double mostKept)
            => AssertSplitReadsAsOne("events.csv", HostileEvents(rows: 240, seed: 7), EventReads(), new ScanPlan(threads, chunkBytes, mostKept));

        [Theory]
        [MemberData(nameof(Plans))]
        public void Trade_figures_split_between_threads_read_as_one_reader_reads_them(int threads, long chunkBytes, double mostKept)
            => AssertSplitReadsAsOne("trade-figures.csv", HostileFigures(rows: 240, seed: 11), FigureReads(), new ScanPlan(threads, chunkBytes, mostKept));

        [Theory]
        [MemberData(nameof(Plans))]
        public void Broken_quoting_late_in_the_file_stops_the_read_where_one_reader_stops_it(int threads, long chunkBytes, double mostKept)
        {
            using var folder = new TempDataFolder();
            string events = HostileEvents(rows: 200, seed: 3);
            int cut = events.IndexOf("\nev-0150,", StringComparison.Ordinal) + 1;
            folder.Write("events.csv", events.Substring(0, cut) + "ev-bad,2024,\"never closed,S,Trade,Happened,,,cicp-2020-07-13-new-heights ¶3,\n" + events.Substring(cut));

            var split = Run(folder.Path, new ScanPlan(threads, chunkBytes, mostKept), (data, sink) => data.ReadEvents(sink));

            Assert.Equal(Run(folder.Path, ScanPlan.OneThread, (data, sink) => data.ReadEvents(sink)), split);
            Assert.Contains("stop: ", split, StringComparison.Ordinal);
            Assert.Contains(nameof(DataErrorIds.MalformedCsv), split, StringComparison.Ordinal);
        }

        [Fact]
        public void With_the_bundled_rows_included_the_folders_rows_still_win_on_their_ids()
        {
            using var folder = new TempDataFolder();
            string ownRow = "ev-1967-diplomatic-relations,1967,My own title,S,Diplomacy,Happened,cambodia,,cicp-2020-07-13-new-heights ¶3,\n";
            folder.Write("events.csv", HostileEvents(rows: 120, seed: 5) + ownRow);
            var plan = new ScanPlan(3, 17, mostKept: 1);

            string split = Run(folder.Path, plan, (data, sink) => data.ReadEvents(sink), includeBundled: true);

            Assert.Equal(Run(folder.Path, ScanPlan.OneThread, (data, sink) => data.ReadEvents(sink), includeBundled: true), split);
            Assert.Contains("My own title", split, StringComparison.Ordinal);
        }

        [Fact]
        public void A_caller_that_stops_early_gets_the_first_rows_and_no_error()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", HostileEvents(rows: 240, seed: 7));
            var sink = new ReadMonitor(_ => { }, _ => { });
            var data = DataFolder.Open(folder.Path, Bundled, sink);
            data.ScanPlan = new ScanPlan(2, 64, mostKept: 1);
            var expected = data.ReadEvents(sink).Take(5).Select(e => e.Id).ToList();

            data.ScanPlan = ScanPlan.OneThread;
            Assert.Equal(data.ReadEvents(sink).Take(5).Select(e => e.Id), expected);
        }

        [Fact]
        public void Progress_rises_to_the_whole_file_piece_by_piece()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n" + string.Concat(
                Enumerable.Range(0, 400).Select(i => $"ev-{i:0000},2015,Title {i},Summary {i},Trade,Happened,hun-sen,,cicp-2020-07-13-new-heights ¶3,\n")));
            var progress = new List<double>();
            var sink = new ReadMonitor(_ => { }, _ => { }, (_, fraction) => progress.Add(fraction));
            var data = DataFolder.Open(folder.Path, Bundled, sink);
            data.ScanPlan = new ScanPlan(2, 1000, mostKept: 1);

            _ = data.ReadEvents(sink).Count();

            Assert.True(progress.Count > 5, $"{progress.Count} progress reports");
            Assert.Equal(progress.OrderBy(f => f), progress);
            Assert.Equal(1.0, progress.Last());
        }

        [Fact]
        public void A_file_smaller_than_two_pieces_or_a_plan_of_one_thread_is_not_split()
        {
            Assert.False(new ScanPlan(4, 1000).Splits(1999));
            Assert.True(new ScanPlan(4, 1000).Splits(2000));
            Assert.False(ScanPlan.OneThread.Splits(long.MaxValue));
            Assert.Same(ScanPlan.OneThread, new ScanPlan(4, 1000).UnlessIdsInOrder(true));
        }

        [Theory]
        [InlineData("1", 1)]
        [InlineData("3", 3)]
        [InlineData("0", null)]
        [InlineData("-2", null)]
        [InlineData("+2", null)]
        [InlineData(" 2", null)]
        [InlineData("two", null)]
        [InlineData("", null)]
        [InlineData(null, null)]
        public void RELATIONSTOOLS_THREADS_sets_the_threads_when_it_is_a_whole_number_from_one(string? text, int? threads)
            => Assert.Equal(threads, ScanPlan.ThreadsFrom(text));

        [Theory]
        [InlineData(0, false)]
        [InlineData('\r', false)]
        [InlineData('\n', false)]
        [InlineData(0xEF, false)]
        [InlineData(0xFE, false)]
        [InlineData(0xFF, false)]
        [InlineData(-1, false)]
        [InlineData('e', true)]
        [InlineData('"', true)]
        [InlineData(',', true)]
        [InlineData(0xC3, true)]
        public void A_piece_never_starts_with_what_a_reader_would_take_for_a_byte_order_mark_or_a_blank_line(int firstByte, bool mayStart)
            => Assert.Equal(mayStart, CsvTable.MayStartRange(firstByte));

        private static IEnumerable<Func<DataStore, ReadMonitor, IEnumerable<object>>> EventReads()
        {
            yield return (data, sink) => data.ReadEvents(sink);
            yield return (data, sink) => new EventQuery(window: Window("2010", "2019"), categories: new[] { "Trade" }).Run(data, sink);
            yield return (data, sink) => new EventQuery(window: Window("2010", "2019"), categories: new[] { "Trade" }).Run(data, sink, fileOrder: true);
            yield return (data, sink) => new EventQuery(keywords: new[] { "lam", "cashew" }).Run(data, sink, fileOrder: true);
        }

        private static IEnumerable<Func<DataStore, ReadMonitor, IEnumerable<object>>> FigureReads()
        {
            yield return (data, sink) => data.ReadTradeFigures(sink);
            yield return (data, sink) => new TradeFigureQuery(metrics: new[] { "*Exports*" }, window: Window("2015", "2020")).Run(data, sink, fileOrder: true);
            yield return (data, sink) => data.ReadClaims(sink);
        }

        private static void AssertSplitReadsAsOne(string fileName, string content, IEnumerable<Func<DataStore, ReadMonitor, IEnumerable<object>>> reads, ScanPlan plan)
        {
            using var folder = new TempDataFolder();
            folder.Write(fileName, content);

            foreach (var read in reads)
            {
                Assert.Equal(Run(folder.Path, ScanPlan.OneThread, read), Run(folder.Path, plan, read));
            }
        }

        private static DateWindow Window(string from, string to) => DateWindow.Between(FuzzyDate.Parse(from), FuzzyDate.Parse(to));

        /// <summary>Everything the read gave, in order: rows as JSON, bad rows and warnings as their messages, and the stop.</summary>
        private static string Run(string folderPath, ScanPlan plan, Func<DataStore, ReadMonitor, IEnumerable<object>> read, bool includeBundled = false)
        {
            var log = new StringBuilder();
            var sink = new ReadMonitor(e => log.Append("error: ").AppendLine(e.Message), w => log.Append("warning: ").AppendLine(w.Message));
            try
            {
                var data = DataFolder.Open(folderPath, Bundled, sink, includeBundled);
                data.ScanPlan = plan;
                foreach (var row in read(data, sink))
                {
                    log.Append("row: ").AppendLine(JsonSerializer.Serialize(row, row.GetType()));
                }
            }
            catch (DataFileException e)
            {
                log.Append("stop: ").Append(e.ErrorId).Append(' ').AppendLine(e.Message);
            }

            return log.ToString();
        }

        // Rows meant to trip a reader that cuts a file at line breaks: quoted fields holding LF and CRLF followed by
        // text that looks like a row, doubled quotes, CRLF and LF endings, blank lines, non-ASCII text, and bad rows.
        private static string HostileEvents(int rows, int seed)
        {
            var random = new Random(seed);
            var text = new StringBuilder("Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n");
            string[] categories = { "Trade", "Diplomacy", "Border", "Trade", "Trad" };
            string[] dates = { "2012", "2015-06", "2018-02-03", "2011/2013", "../2016", "2024-13", "~2014", "2030" };
            for (int i = 0; i < rows; i++)
            {
                string end = random.Next(3) == 0 ? "\r\n" : "\n";
                string title = random.Next(4) switch
                {
                    0 => "\"Cashew deal, signed\nev-9999,2015,\"\"looks\"\" like a row\r\nand more\"",
                    1 => "Tô Lâm visits Phnom Penh",
                    2 => random.Next(10) == 0 ? string.Empty : "Border talks",
                    _ => "\"A \"\"quoted\"\" title\n\"",
                };
                string summary = random.Next(3) == 0 ? "\"Line one\r\n\r\nline three, with Tô Lâm\"" : "Plain summary about pepper";
                string actors = random.Next(8) == 0 ? "nobody-known" : "hun-sen; to-lam";
                string extra = random.Next(25) == 0 ? ",surplus field" : string.Empty;
                // Now and then an id that starts with a byte a byte order mark starts with (U+FF25, U+FEFF): no piece may start there.
                string idPrefix = random.Next(12) switch { 0 => "\uFF25", 1 => "\uFEFF", _ => string.Empty };
                text.Append(string.Format(CultureInfo.InvariantCulture, "{9}ev-{0:0000},{1},{2},{3},{4},Happened,{5},,cicp-2020-07-13-new-heights ¶3,{6}{7}{8}",
                    i, dates[random.Next(dates.Length)], title, summary, categories[random.Next(categories.Length)], actors, random.Next(5) == 0 ? "\"note\nX\"" : string.Empty, extra, end, idPrefix));
                if (random.Next(15) == 0)
                {
                    text.Append(end);
                }
            }

            return text.ToString();
        }

        private static string HostileFigures(int rows, int seed)
        {
            var random = new Random(seed);
            var text = new StringBuilder("Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note\r\n");
            string[] metrics = { "BilateralTrade", "CambodiaExportsToVietnam", "CambodiaImportsFromVietnam", "Bilateral" };
            string[] periods = { "2016", "2018-01/2018-07", "2019", "2020-13", "../2017" };
            string[] values = { "5000000000", "1.5", "-3", "1,000" };
            for (int i = 0; i < rows; i++)
            {
                string end = random.Next(2) == 0 ? "\r\n" : "\n";
                string note = random.Next(3) == 0 ? "\"Two-way trade \"\"about\r\ntf-x,Bilateral\"\" said\n\"" : "Plain note";
                text.Append(string.Format(CultureInfo.InvariantCulture, "tf-{0:0000},{1},{2},{3},{4},USD,About,cicp-2020-07-13-new-heights ¶5,,{5}{6}",
                    i, metrics[random.Next(metrics.Length)], periods[random.Next(periods.Length)], random.Next(4) == 0 ? "Target" : "Actual",
                    values[random.Next(values.Length)], note, end));
            }

            return text.ToString();
        }
    }
}
