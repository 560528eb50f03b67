using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>The columns data version 1.1 added: provenance and paragraph counts of sources, an event's status, derivations.</summary>
    public class Schema11Tests
    {
        private const string SourceHeader = "Id,Title,Publisher,Authors,Published,Kind,Language,Via,RepostOf,Paragraphs,Url,Note\n";
        private const string EventHeader = "Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n";
        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        private static (List<T> Rows, List<DataFileException> Errors) Collect<T>(System.Func<ReadMonitor, IEnumerable<T>> read)
        {
            var errors = new List<DataFileException>();
            var rows = read(new ReadMonitor(errors.Add, _ => { })).ToList();
            return (rows, errors);
        }

        [Fact]
        public void A_folder_written_for_1_0_reads_with_empty_provenance_and_events_that_happened()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Id,Title,Publisher,Authors,Published,Kind,Language,Note\nmy-notes,My notes,,,2026,Analysis,en,\n");
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\nev-x,2026-01,T,S,Trade,,,my-notes ¶1,\n");

            var (rows, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Empty(errors);
            Assert.Equal(EventStatus.Happened, Assert.Single(rows).Status);
            var source = DataFolder.Open(folder.Path, Bundled, ReadMonitor.Strict).Sources.Single(s => s.Id == "my-notes");
            Assert.Equal(("", "", null, ""), (source.Via, source.RepostOf, source.Paragraphs, source.Url));
        }

        [Fact]
        public void Provenance_columns_are_read_as_written()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", SourceHeader
                + "my-copy,A copy,,,2026,NewsReport,en,My reading list,khmertimes-2025-08-18-border-trade,18,https://example.org/a?b=1,\n");

            var source = DataFolder.Open(folder.Path, Bundled, ReadMonitor.Strict).Sources.Single(s => s.Id == "my-copy");

            Assert.Equal("My reading list", source.Via);
            Assert.Equal("khmertimes-2025-08-18-border-trade", source.RepostOf);
            Assert.Equal(18, source.Paragraphs);
            Assert.Equal("https://example.org/a?b=1", source.Url);
        }

        [Theory]
        [InlineData("my-a,A,,,2026,OpEd,en,,no-such-source,,,\n", DataErrorIds.InvalidRepost, "RepostOf")]
        [InlineData("my-a,A,,,2026,OpEd,en,,my-a,,,\n", DataErrorIds.InvalidRepost, "RepostOf")]
        [InlineData("my-a,A,,,2026,OpEd,en,,,0,,\n", DataErrorIds.InvalidNumber, "Paragraphs")]
        [InlineData("my-a,A,,,2026,OpEd,en,,,12.5,,\n", DataErrorIds.InvalidNumber, "Paragraphs")]
        [InlineData("my-a,A,,,2026,OpEd,en,,,012,,\n", DataErrorIds.InvalidNumber, "Paragraphs")]
        [InlineData("my-a,A,,,2026,OpEd,en,,,,ftp://example.org/a,\n", DataErrorIds.InvalidUrl, "Url")]
        [InlineData("my-a,A,,,2026,OpEd,en,,,,example.org/a,\n", DataErrorIds.InvalidUrl, "Url")]
        [InlineData("my-a,A,,,2026,OpEd,en,,,,javascript:alert(1),\n", DataErrorIds.InvalidUrl, "Url")]
        public void A_bad_provenance_cell_is_the_rows_problem(string row, string errorId, string field)
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", SourceHeader + row);

            var (_, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).Sources);

            var error = Assert.Single(errors);
            Assert.Equal((errorId, 2L, field), (error.ErrorId, error.Line, error.Field));
        }

        [Fact]
        public void Reposts_that_come_back_to_themselves_are_refused_and_a_forward_reference_is_not()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", SourceHeader
                + "my-a,A,,,2026,OpEd,en,,my-b,,,\n"
                + "my-b,B,,,2026,OpEd,en,,my-a,,,\n"
                + "my-c,C,,,2026,OpEd,en,,my-d,,,\n"
                + "my-d,D,,,2026,OpEd,en,,,,,\n");

            var (_, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).Sources);

            Assert.Equal(new[] { 2L, 3L }, errors.Select(e => e.Line));
            Assert.All(errors, e => Assert.Equal(DataErrorIds.InvalidRepost, e.ErrorId));
        }

        [Fact]
        public void A_citation_past_the_sources_paragraph_count_is_refused()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", SourceHeader + "my-a,A,,,2026,OpEd,en,,,21,,\n");
            folder.Write("events.csv", EventHeader
                + "ev-1,2026,T,S,Trade,Happened,,,my-a ¶21,\n"
                + "ev-2,2026,T,S,Trade,Happened,,,my-a ¶20-22,\n"
                + "ev-3,2026,T,S,Trade,Happened,,,my-a ¶999,\n");

            var (rows, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(new[] { "ev-1" }, rows.Select(r => r.Id));
            Assert.Equal(new[] { 3L, 4L }, errors.Select(e => e.Line));
            Assert.All(errors, e => Assert.Equal((DataErrorIds.InvalidCitation, "Citations"), (e.ErrorId, e.Field)));
            Assert.Contains("21 paragraphs", errors[1].Message);
        }

        [Theory]
        [InlineData("Happened", EventStatus.Happened)]
        [InlineData("Expected", EventStatus.Expected)]
        [InlineData("Goal", EventStatus.Goal)]
        public void An_events_Status_is_read_from_its_column(string text, EventStatus status)
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader + $"ev-1,2030,T,S,Trade,{text},,,cicp-2020-07-13-new-heights ¶3,\n");

            var (rows, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Empty(errors);
            Assert.Equal(status, Assert.Single(rows).Status);
        }

        [Theory]
        [InlineData("")]
        [InlineData("happened")]
        [InlineData("Planned")]
        public void A_Status_outside_the_closed_set_is_refused_when_the_column_is_there(string text)
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader + $"ev-1,2030,T,S,Trade,{text},,,cicp-2020-07-13-new-heights ¶3,\n");

            var (_, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(("Status", DataErrorIds.UnknownValue), (Assert.Single(errors).Field, errors[0].ErrorId));
        }

        [Fact]
        public void An_events_SourceKinds_are_the_kinds_of_the_documents_it_cites_once_each()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "ev-1,2025,T,S,Trade,Happened,,,khmer-circle-2025-03-13-comments ¶7; iseas-2025-03-mending-fences ¶2; khmertimes-2025-08-18-border-trade ¶3,\n");

            var (rows, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(new[] { SourceKind.ReaderComment, SourceKind.Analysis, SourceKind.NewsReport }, Assert.Single(rows).SourceKinds);
            Assert.Equal("ReaderComment; Analysis; NewsReport", rows[0].SourceKinds.ToString());
        }

        [Theory]
        [InlineData("under construction,Status,Exact", ValueUnit.Status, "under construction")]
        [InlineData("breathe through its own nose,Quote,Exact", ValueUnit.Quote, "“breathe through its own nose”")]
        public void Status_and_Quote_claims_carry_their_words(string valueUnitQualifier, ValueUnit unit, string display)
        {
            using var folder = new TempDataFolder();
            folder.Write("claims.csv", "Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Derivation,Statement\n"
                + $"cl-1,some-topic,{valueUnitQualifier},2025,iseas-2025-03-mending-fences,iseas-2025-03-mending-fences ¶10,,A statement.\n");

            var (rows, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadClaims(sink));

            Assert.Empty(errors);
            var claim = Assert.Single(rows);
            Assert.Equal(unit, claim.Unit);
            Assert.Equal(display, claim.DisplayValue);
        }

        [Theory]
        [InlineData(",Status,Exact", "Value", DataErrorIds.MissingValue)]
        [InlineData("planned,Status,About", "Qualifier", DataErrorIds.UnknownValue)]
        [InlineData("2024,Date,AtLeast", "Qualifier", DataErrorIds.UnknownValue)]
        public void A_text_or_date_claim_needs_words_and_no_qualifier(string valueUnitQualifier, string field, string errorId)
        {
            using var folder = new TempDataFolder();
            folder.Write("claims.csv", "Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Derivation,Statement\n"
                + $"cl-1,some-topic,{valueUnitQualifier},2025,iseas-2025-03-mending-fences,iseas-2025-03-mending-fences ¶10,,A statement.\n");

            var (_, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadClaims(sink));

            Assert.Equal((field, errorId), (Assert.Single(errors).Field, errors[0].ErrorId));
        }

        [Theory]
        [InlineData(TradeMetric.BilateralTrade, FigureKind.Actual, ValueUnit.USD, "bilateral-trade-usd")]
        [InlineData(TradeMetric.BilateralTrade, FigureKind.Target, ValueUnit.USD, "bilateral-trade-target-usd")]
        [InlineData(TradeMetric.ShareOfCambodiaTotalTrade, FigureKind.Estimate, ValueUnit.Percent, "share-of-cambodia-total-trade-estimate-percent")]
        [InlineData(TradeMetric.VietnamInvestmentProjects, FigureKind.Actual, ValueUnit.Count, "vietnam-investment-projects-count")]
        public void A_figures_topic_is_its_metric_kind_and_unit(TradeMetric metric, FigureKind kind, ValueUnit unit, string topic)
        {
            Assert.Equal(topic, TradeFigure.TopicOf(metric, kind, unit));
        }

        [Fact]
        public void A_figure_is_a_claim_of_every_source_it_cites_once_each()
        {
            using var folder = new TempDataFolder();
            folder.Write("trade-figures.csv", "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note\n"
                + "tf-x,BilateralTrade,2025,Actual,12000000000,USD,About,khmertimes-2025-08-18-border-trade ¶9; iseas-2025-03-mending-fences ¶7; khmertimes-2025-08-18-border-trade ¶10,,A note.\n");

            var (claims, errors) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadClaims(sink));

            Assert.Empty(errors);
            Assert.Equal(new[] { "khmertimes-2025-08-18-border-trade", "iseas-2025-03-mending-fences" }, claims.Select(c => c.SourceId));
            Assert.All(claims, c => Assert.Equal(("bilateral-trade-usd", 12_000_000_000m, Qualifier.About, "2025", "tf-x"), (c.Topic, c.Number!.Value, c.Qualifier, c.AsOf, c.FigureId)));
            Assert.Equal("khmertimes-2025-08-18-border-trade ¶9", claims[0].Citation);
        }

        [Fact]
        public void The_bundled_claims_include_every_figure_as_stated_by_each_of_its_sources()
        {
            int expected = Bundled.TradeFigures.Sum(f => f.SourceIds.Count);

            Assert.Equal(expected, Bundled.Claims.Count(c => c.FigureId.Length > 0));
            // A fact is entered once: no row of claims.csv repeats what a figure of the same source says.
            Assert.DoesNotContain(Bundled.Claims, c => c.FigureId.Length == 0
                && Bundled.TradeFigures.Any(f => f.Topic == c.Topic || (f.SourceIds.Contains(c.SourceId) && f.Unit == c.Unit && f.Value == c.Number)));
        }
    }
}
