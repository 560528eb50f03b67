using System.Collections.Generic;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Validation;
using RelationsTools.Model;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    public class DataFolderTests
    {
        private const string EventHeader = "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\n";
        private static readonly RelationsData Bundled = RelationsData.Load(RepoPaths.BundledData);

        private static (List<T> Rows, List<DataFileException> Errors, List<DataFileException> Warnings) Collect<T>(System.Func<ReadMonitor, IEnumerable<T>> read)
        {
            var errors = new List<DataFileException>();
            var warnings = new List<DataFileException>();
            var rows = read(new ReadMonitor(errors.Add, warnings.Add)).ToList();
            return (rows, errors, warnings);
        }

        [Fact]
        public void A_users_rows_may_cite_bundled_sources_and_name_bundled_actors()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader + "ev-x,2024-05,T,S,Trade,hun-sen; to-lam,,cicp-2020-07-13-new-heights ¶3,\n");

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Empty(errors);
            Assert.Equal(new[] { "hun-sen", "to-lam" }, Assert.Single(rows).Actors);
        }

        [Fact]
        public void A_users_own_sources_are_known_besides_the_bundled_ones()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Id,Title,Publisher,Authors,Published,Kind,Language,Note\nmy-notes,My notes,,,2026,Analysis,en,\n");
            folder.Write("events.csv", EventHeader + "ev-x,2026-01,T,S,Trade,,,my-notes ¶1; iseas-2025-03-mending-fences ¶2,\n");

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Empty(errors);
            Assert.Equal(new[] { "my-notes", "iseas-2025-03-mending-fences" }, Assert.Single(rows).SourceIds);
        }

        [Fact]
        public void A_bad_row_is_reported_with_every_bad_field_and_the_next_rows_still_come()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "ev-1,2024-01,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-2,2024-13,T,S,Trad,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-3,2024-03,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(new[] { "ev-1", "ev-3" }, rows.Select(r => r.Id));
            Assert.Equal(new[] { "Date", "Category" }, errors.Select(e => e.Field));
            Assert.All(errors, e => Assert.Equal(3, e.Line));
            Assert.StartsWith(folder.Path, errors[0].Message);
            Assert.Contains(":3: field 'Date':", errors[0].Message);
        }

        [Fact]
        public void Streaming_keeps_file_order_and_applies_every_filter()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "ev-b,2024-05,Canal talk,S,Trade,hun-sen,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-a,2023-01,Other,S,Trade,hun-sen,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-c,2024-02,Canal again,S,Trade,to-lam,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-d,2024-03,Canal border,S,Border,hun-sen,,cicp-2020-07-13-new-heights ¶3,\n");
            var query = new EventQuery(
                window: DateWindow.Between(FuzzyDate.Parse("2024"), FuzzyDate.Parse("2024")),
                categories: new[] { "trade" },
                actors: new[] { "Hun Sen" },
                keywords: new[] { "canal" });

            var (rows, errors, _) = Collect(sink => query.Run(DataFolder.Open(folder.Path, Bundled, sink), sink, fileOrder: true));

            Assert.Empty(errors);
            Assert.Equal(new[] { "ev-b" }, rows.Select(r => r.Id));
        }

        [Fact]
        public void A_row_dropped_by_the_filter_on_its_cheap_fields_is_not_parsed_further()
        {
            // The bad citation is in a row outside the window: a streaming query does not read it (Test-RelationsData does).
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "ev-1,1990,T,S,Trade,,,not a citation,\n"
                + "ev-2,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");
            var query = new EventQuery(window: DateWindow.Between(FuzzyDate.Parse("2024"), FuzzyDate.Parse("2024")));

            var (rows, errors, _) = Collect(sink => query.Run(DataFolder.Open(folder.Path, Bundled, sink), sink));

            Assert.Empty(errors);
            Assert.Single(rows);
            var problems = DataValidator.Validate(folder.Path, Bundled);
            Assert.Equal(DataErrorIds.InvalidCitation, Assert.Single(problems).ErrorId);
        }

        [Fact]
        public void An_absent_file_means_none_of_those()
        {
            using var folder = new TempDataFolder();

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadTradeFigures(sink));

            Assert.Empty(rows);
            Assert.Empty(errors);
        }

        [Fact]
        public void An_unknown_column_is_ignored_with_one_warning()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note,Mood\n"
                + "ev-1,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,,happy\n"
                + "ev-2,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,,sad\n");

            var (rows, errors, warnings) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(2, rows.Count);
            Assert.Empty(errors);
            Assert.Equal(DataErrorIds.UnknownColumn, Assert.Single(warnings).ErrorId);
        }

        [Fact]
        public void The_bundled_folder_validates_clean_on_its_own()
        {
            Assert.Empty(DataValidator.Validate(RepoPaths.BundledData, null));
        }

        [Fact]
        public void Validation_finds_duplicate_ids_that_a_streaming_query_does_not_track()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "ev-1,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-1,2025,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");

            var problem = Assert.Single(DataValidator.Validate(folder.Path, Bundled));

            Assert.Equal(DataErrorIds.DuplicateId, problem.ErrorId);
            Assert.Equal(3, problem.Line);
            Assert.Equal("Id", problem.Field);
            Assert.Equal(ProblemSeverity.Error, problem.Severity);
        }
    
        [Fact]
        public void Error_lines_count_quoted_line_breaks_and_every_line_ending_style()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", "Id,Date,Title,Summary,Category,Actors,Location,Citations,Note\r\n"
                + "ev-1,2024,T,\"two\r\nlines\",Trade,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-2,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\r"
                + "ev-3,2024-13,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-4,2024-14,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(new[] { "ev-1", "ev-2" }, rows.Select(r => r.Id));
            Assert.Equal(new long[] { 5, 6 }, errors.Select(e => e.Line));
        }

        [Fact]
        public void Broken_quoting_names_the_line_where_the_bad_record_starts()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "ev-1,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-2,2024,\"T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-3,2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");

            var error = Assert.Throws<DataFileException>(() => Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink)));

            Assert.Equal(DataErrorIds.MalformedCsv, error.ErrorId);
            Assert.Equal(3, error.Line);
        }
    
        [Fact]
        public void A_users_source_with_a_bundled_id_is_the_folders_version_of_it_in_its_place()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Id,Title,Publisher,Authors,Published,Kind,Language,Note\n"
                + "ISEAS-2025-03-mending-fences,My copy,,,2025,Analysis,en,\n");
            folder.Write("claims.csv", "Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Statement\n"
                + "cl-x,some-topic,3,Rank,Exact,2025,iseas-2025-03-mending-fences,iseas-2025-03-mending-fences ¶7,S.\n");

            var errors = new List<DataFileException>();
            var opened = DataFolder.Open(folder.Path, Bundled, new ReadMonitor(errors.Add, _ => { }));

            Assert.Empty(errors);
            Assert.Equal(Bundled.Sources.Select(s => s.Id.ToLowerInvariant()), opened.Sources.Select(s => s.Id.ToLowerInvariant()));
            var mine = opened.Sources.Single(s => s.Title == "My copy");
            Assert.Equal(Bundled.Sources.ToList().FindIndex(s => s.Id == "iseas-2025-03-mending-fences"), opened.Sources.ToList().IndexOf(mine));
            Assert.Same(mine, Assert.Single(opened.ReadClaims(new ReadMonitor(errors.Add, _ => { })), c => c.Id == "cl-x").Source);
        }

        [Fact]
        public void Ids_in_another_case_resolve_to_the_spelling_their_table_gives()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader + "ev-x,2024-05,T,S,Trade,HUN-SEN; To-Lam,,KHMERTIMES-2025-08-18-BORDER-TRADE ¶9,\n");

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Empty(errors);
            var ev = Assert.Single(rows);
            Assert.Equal(new[] { "hun-sen", "to-lam" }, ev.Actors);
            Assert.Equal(new[] { "khmertimes-2025-08-18-border-trade" }, ev.SourceIds);
            Assert.Equal("khmertimes-2025-08-18-border-trade ¶9", ev.Citations);
        }

        [Theory]
        [InlineData("cambodià", "cambodia")]
        [InlineData("cambodai", "cambodia")]
        [InlineData("hun-snn", "hun-sen")]
        public void An_unknown_actor_close_to_a_real_one_says_which_it_probably_meant(string typed, string meant)
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader + $"ev-x,2024-05,T,S,Trade,{typed},,cicp-2020-07-13-new-heights ¶3,\n");

            var (_, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            var error = Assert.Single(errors);
            Assert.Equal(DataErrorIds.UnknownActor, error.ErrorId);
            Assert.EndsWith($"did you mean {meant}?", error.Reason);
        }

        [Fact]
        public void Test_RelationsData_passes_on_each_problem_as_soon_as_its_row_is_read()
        {
            using var folder = new TempDataFolder();
            var lines = new System.Text.StringBuilder(EventHeader + "ev-bad,2024-13,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");
            for (int i = 0; i < ReadMonitor.RowsPerProgressReport * 2; i++)
            {
                lines.Append("ev-").Append(i).Append(",2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");
            }

            folder.Write("events.csv", lines.ToString());
            var progress = new List<double>();

            using var problems = DataValidator.Validate(folder.Path, Bundled, (file, fraction) => progress.Add(fraction)).GetEnumerator();

            Assert.True(problems.MoveNext());
            Assert.Equal((DataErrorIds.InvalidDate, 2L), (problems.Current.ErrorId, problems.Current.Line));
            Assert.Empty(progress); // the first problem came before the read had gone far enough to report progress
            Assert.False(problems.MoveNext());
            Assert.NotEmpty(progress);
        }

        [Fact]
        public void With_the_bundled_rows_included_the_folders_row_wins_on_the_same_id()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader
                + "EV-1967-DIPLOMATIC-RELATIONS,1967,My title,S,Diplomacy,,,cicp-2020-07-13-new-heights ¶3,\n"
                + "ev-mine,2026-01,Mine,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");

            var (rows, errors, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink, includeBundled: true).ReadEvents(sink));

            Assert.Empty(errors);
            Assert.Equal(Bundled.Events.Count + 1, rows.Count);
            Assert.Equal("My title", Assert.Single(rows, e => RelationsId.AreEqual(e.Id, "ev-1967-diplomatic-relations")).Title);
            Assert.Contains(rows, e => e.Id == "ev-mine");
        }

        [Fact]
        public void Without_the_bundled_rows_a_folder_has_only_its_own_events()
        {
            using var folder = new TempDataFolder();
            folder.Write("events.csv", EventHeader + "ev-mine,2026-01,Mine,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");

            var (rows, _, _) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink).ReadEvents(sink));

            Assert.Equal(new[] { "ev-mine" }, rows.Select(e => e.Id));
        }

        [Fact]
        public void A_redefined_source_is_the_folders_version_in_the_bundled_rows_too()
        {
            using var folder = new TempDataFolder();
            folder.Write("sources.csv", "Id,Title,Publisher,Authors,Published,Kind,Language,Note\n"
                + "cicp-2020-07-13-new-heights,T,,,2020,Analysis,en,\n");

            var (rows, _, warnings) = Collect(sink => DataFolder.Open(folder.Path, Bundled, sink, includeBundled: true).ReadEvents(sink));

            Assert.Equal(DataErrorIds.SourceKindRedefined, Assert.Single(warnings).ErrorId);
            var diplomacy = rows.Single(e => e.Id == "ev-1967-diplomatic-relations");
            Assert.Equal(new[] { SourceKind.Analysis }, diplomacy.SourceKinds);
        }

        [Fact]
        public void A_long_read_reports_its_progress_as_it_goes()
        {
            using var folder = new TempDataFolder();
            var lines = new System.Text.StringBuilder(EventHeader);
            int rows = (ReadMonitor.RowsPerProgressReport * 3) + 10;
            for (int i = 0; i < rows; i++)
            {
                lines.Append("ev-").Append(i).Append(",2024,T,S,Trade,,,cicp-2020-07-13-new-heights ¶3,\n");
            }

            folder.Write("events.csv", lines.ToString());
            var reports = new List<double>();
            var monitor = new ReadMonitor(e => throw e, _ => { }, (file, fraction) => reports.Add(fraction));

            int read = DataFolder.Open(folder.Path, Bundled, monitor).ReadEvents(monitor).Count();

            Assert.Equal(rows, read);
            Assert.Equal(3, reports.Count);
            Assert.Equal(reports.OrderBy(f => f), reports);
            Assert.All(reports, f => Assert.InRange(f, 0.2, 1.0));
        }
    }
}
