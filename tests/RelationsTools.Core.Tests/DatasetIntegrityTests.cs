using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using RelationsTools.Data;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The bundled dataset's own guarantees, checked without ../shared: loading already enforces unique ids,
    /// known sources and actors, closed sets and strict dates; these tests pin what loading does not.
    /// </summary>
    public class DatasetIntegrityTests
    {
        private static readonly RelationsData Data = RelationsData.Load(RepoPaths.BundledData);

        // The size of the bundled dataset has one home, the rows column of data/README.md's Files table: a row
        // added or lost without the table saying so fails here, and the other tests compare with what the files hold.
        public static TheoryData<string, int> BundledRowCounts()
        {
            var counts = new TheoryData<string, int>();
            foreach (var (file, rows) in ReadmeRowCounts())
            {
                counts.Add(file, rows);
            }

            return counts;
        }

        [Fact]
        public void Every_published_date_is_one_moment_never_a_span()
        {
            // A document appears once: a publication known only by bounds is [A..B] or [A..], as data/README.md says.
            Assert.All(Data.Sources, source => Assert.False(source.PublishedDate.IsSpan, $"{source.Id}: Published '{source.Published}' is a span"));
        }

        [Fact]
        public void No_bundled_event_is_a_span_open_at_one_end()
        {
            // Before 1.2, "../2024" meant "by 2024" in the data and a span in the code. A "by" or "recent" date is one
            // moment, [..B]; no source describes anything as still going on without end, so no event is A/.. or ../B.
            Assert.All(Data.Events, e => Assert.False(e.Precision == DatePrecision.Open, $"{e.Id}: Date '{e.Date}' is a span open at one end; write [..B] or [A..] for one moment"));
        }

        [Fact]
        public void The_README_gives_the_row_count_of_every_bundled_file()
        {
            var documented = ReadmeRowCounts().Select(count => count.File).OrderBy(f => f, StringComparer.Ordinal);
            var bundled = Directory.EnumerateFiles(RepoPaths.BundledData, "*.csv").Select(Path.GetFileName).OrderBy(f => f, StringComparer.Ordinal);

            Assert.Equal(bundled, documented);
        }

        [Theory]
        [MemberData(nameof(BundledRowCounts))]
        public void Every_row_of_the_bundled_files_loads(string file, int rows)
        {
            int loaded = file switch
            {
                "sources.csv" => Data.Sources.Count,
                "events.csv" => Data.Events.Count,
                "actors.csv" => Data.Actors.Count,
                "trade-figures.csv" => Data.TradeFigures.Count,
                _ => Data.Claims.Count(c => c.FigureId.Length == 0),
            };

            Assert.Equal(rows, RawCells(file, "Id").Count());
            Assert.Equal(rows, loaded);
        }

        // Each date text once: xunit skips a repeated case (with a warning), and the round trip depends on the text alone.
        public static IEnumerable<object[]> DateCells() =>
            RawCells("events.csv", "Date")
                .Concat(RawCells("trade-figures.csv", "Period"))
                .Concat(RawCells("claims.csv", "AsOf"))
                .Concat(RawCells("sources.csv", "Published"))
                .Concat(RawCells("claims.csv", "Value", row => row["Unit"] == "Date"))
                .Distinct(StringComparer.Ordinal)
                .Select(cell => new object[] { cell });

        [Theory]
        [MemberData(nameof(DateCells))]
        public void Every_date_parses_and_formats_back_to_the_same_text(string cell)
        {
            Assert.True(FuzzyDate.TryParse(cell, out var date, out string error), error);
            Assert.Equal(cell, date.Format());
        }

        [Fact]
        public void Every_number_is_written_in_plain_invariant_form()
        {
            var cells = RawCells("trade-figures.csv", "Value").Concat(RawCells("claims.csv", "Value", row => row["Unit"] is not ("Date" or "Status" or "Quote")));
            foreach (string cell in cells)
            {
                decimal value = decimal.Parse(cell, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
                Assert.Equal(cell, value.ToString(CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void Every_citation_cell_is_in_canonical_form()
        {
            var cells = RawCells("events.csv", "Citations")
                .Concat(RawCells("actors.csv", "Citations"))
                .Concat(RawCells("trade-figures.csv", "Citations"))
                .Concat(RawCells("claims.csv", "Citation"));
            foreach (string cell in cells)
            {
                Assert.True(Citation.TryParseList(cell, out var citations, out string error), error);
                Assert.Equal(cell, string.Join("; ", citations));
            }
        }

        [Fact]
        public void Every_actor_is_named_by_some_row_or_cited()
        {
            foreach (var actor in Data.Actors)
            {
                Assert.True(actor.CitationList.Count > 0 || Data.Events.Any(e => e.Actors.Contains(actor.Id)), actor.Id);
            }
        }

        [Fact]
        public void No_event_later_than_the_newest_source_is_filed_as_happened()
        {
            DateTime newest = Data.Sources.Max(s => s.PublishedEnd ?? DateTime.MinValue);
            var later = Data.Events.Where(e => e.Start > newest).ToList();

            Assert.NotEmpty(later);
            Assert.All(later, e => Assert.NotEqual(EventStatus.Happened, e.Status));
        }

        [Fact]
        public void Every_quotation_is_a_few_words_not_a_sentence()
        {
            var quotes = Data.Claims.Where(c => c.Unit == ValueUnit.Quote).ToList();

            Assert.NotEmpty(quotes);
            Assert.All(quotes, c => Assert.True(c.Value.Split(' ').Length < 7, $"{c.Id}: '{c.Value}' is more than a few quoted words"));
        }

        [Fact]
        public void Every_claim_topic_is_a_stable_kebab_key()
        {
            Assert.All(Data.Claims, c => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", c.Topic));
        }

        [Fact]
        public void Sources_disagree_on_Vietnams_export_rank_and_both_claims_are_kept()
        {
            var ranks = Data.Claims.Where(c => c.Topic == "vietnam-export-rank").ToList();

            Assert.Equal(new[] { 2m, 3m }, ranks.Select(c => c.Number!.Value).OrderBy(v => v));
            Assert.Equal(2, ranks.Select(c => c.SourceId).Distinct().Count());
        }

        [Fact]
        public void The_trade_target_carries_one_normalised_value_however_it_is_stated()
        {
            var targets = Data.Claims.Where(c => c.Topic == "bilateral-trade-target-usd").ToList();

            Assert.True(targets.Count >= 3);
            Assert.All(targets, c => Assert.Equal(20_000_000_000m, c.Number));
            Assert.Contains(targets, c => c.SourceId == "iseas-2025-03-mending-fences");
        }

        [Fact]
        public void A_target_is_never_filed_as_an_actual()
        {
            var target = Assert.Single(Data.TradeFigures, f => f.Value == 20_000_000_000m);
            Assert.Equal(FigureKind.Target, target.Kind);
        }

        private static IEnumerable<string> RawCells(string file, string column, Func<IReadOnlyDictionary<string, string>, bool>? where = null)
        {
            string path = Path.Combine(RepoPaths.BundledData, file);
            string[] names = ReadHeaderNames(path);
            using var byName = CsvTable.Open(path, new TableSchema(file, names), ReadMonitor.Strict);
            while (byName.Read())
            {
                var row = names.Select((name, i) => (name, value: byName.Get(i))).ToDictionary(p => p.name, p => p.value);
                if ((where == null || where(row)) && row[column].Length > 0)
                {
                    yield return row[column];
                }
            }
        }

        private static IEnumerable<(string File, int Rows)> ReadmeRowCounts()
            => Regex.Matches(File.ReadAllText(Path.Combine(RepoPaths.BundledData, "README.md")), @"^\| `(?<file>[\w-]+\.csv)` \|[^|\n]*\| (?<rows>\d+) \|\s*$", RegexOptions.Multiline)
                .Select(row => (row.Groups["file"].Value, int.Parse(row.Groups["rows"].Value, CultureInfo.InvariantCulture)));

        private static string[] ReadHeaderNames(string path) => File.ReadLines(path).First().TrimStart('\uFEFF').Split(',');
    }
}
