using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Validation;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>DataValidator's check of a folder's citations against texts/&lt;source-id&gt;.txt.</summary>
    public class CitationVerifierTests
    {
        private const string SourceHeader = "Id,Title,Publisher,Authors,Published,Kind,Language,Via,RepostOf,Paragraphs,Url,Note\n";
        private const string EventHeader = "Id,Date,Title,Summary,Category,Status,Actors,Location,Citations,Note\n";
        private const string FigureHeader = "Id,Metric,Period,Kind,Value,Unit,Qualifier,Citations,Derivation,Note\n";
        private const string ClaimHeader = "Id,Topic,Value,Unit,Qualifier,AsOf,SourceId,Citation,Derivation,Statement\n";

        private const string MyReport = "my-report,My report,,,2026,NewsReport,en,,,,,\n";
        private const string MyOther = "my-other,Another report,,,2026,NewsReport,en,,,,,\n";

        // Paragraph 3 is missing on purpose.
        private const string MyReportText = "id: my-report\ntitle: My report\n\n"
            + "[1] Trade reached US$7 billion in the first half of 2026, 20 per cent of the total.\n\n"
            + "[2] Vietnam ranks third among export markets.\n\n"
            + "[4] Both sides aim to double the 2026 figure.\nOfficials spoke of “a new chapter” in ties.\n";

        private static readonly Lazy<RelationsData> Bundled = new Lazy<RelationsData>(() => RelationsData.Load(RepoPaths.BundledData));

        private static TempDataFolder Folder(string sources = MyReport, string? text = MyReportText)
        {
            var folder = new TempDataFolder();
            folder.Write("sources.csv", SourceHeader + sources);
            if (text != null)
            {
                Directory.CreateDirectory(Path.Combine(folder.Path, "texts"));
                folder.Write(Path.Combine("texts", "my-report.txt"), text);
            }

            return folder;
        }

        private static IReadOnlyList<DataProblem> Validate(TempDataFolder folder, string? textFolder = null, RelationsData? bundled = null)
            => DataValidator.Validate(folder.Path, bundled ?? Bundled.Value, textFolder: textFolder).ToList();

        private static DataProblem Single(IReadOnlyList<DataProblem> problems, string errorId, string file, long line, string field)
        {
            var problem = Assert.Single(problems);
            Assert.Equal(errorId, problem.ErrorId);
            Assert.Equal(file, problem.File);
            Assert.Equal(line, problem.Line);
            Assert.Equal(field, problem.Field);
            return problem;
        }

        [Fact]
        public void Rows_that_cite_what_their_paragraphs_say_pass()
        {
            using var folder = Folder();
            folder.Write("events.csv", EventHeader + "ev-1,2026,Trade talks,S,Trade,Happened,,,my-report ¶1-2; my-report ¶4,\n");
            folder.Write("actors.csv", "Id,Name,Kind,Aliases,Citations\nmy-vietnam,Vietnam,Country,,my-report ¶2\n");
            folder.Write("trade-figures.csv", FigureHeader
                + "tf-1,BilateralTrade,2026-01/2026-06,Actual,7000000000,USD,Exact,my-report ¶1,,\n"
                + "tf-2,ShareOfCambodiaTotalTrade,2026-01/2026-06,Actual,20,Percent,Exact,my-report ¶1,,\n"
                + "tf-3,BilateralTrade,,Target,14000000000,USD,Exact,my-report ¶4,double the 2026 figure of US$7 billion,\n");
            folder.Write("claims.csv", ClaimHeader
                + "cl-1,vietnam-export-rank,3,Rank,Exact,2026,my-report,my-report ¶2,,S\n"
                + "cl-2,talks-date,1999,Date,Exact,2026,my-report,my-report ¶1,,S\n"
                + "cl-3,new-chapter,A New Chapter,Quote,Exact,2026,my-report,my-report ¶4,,S\n"
                + "cl-4,ties-status,planned,Status,Exact,2026,my-report,my-report ¶4,,S\n");

            Assert.Empty(Validate(folder));
        }

        [Theory]
        [InlineData("my-report ¶3", "paragraph [3], which the text my-report.txt does not have (it has [1]-[2], [4])")]
        [InlineData("my-report ¶2-5", "paragraphs [3], [5], which")]
        [InlineData("my-report ¶7", "paragraph [7], which")]
        public void A_cited_paragraph_the_text_does_not_have_is_one_problem_naming_the_citation(string citation, string reason)
        {
            using var folder = Folder();
            folder.Write("events.csv", EventHeader + $"ev-1,2026,Trade talks,S,Trade,Happened,,,my-report ¶1; {citation},\n");

            var problem = Single(Validate(folder), DataErrorIds.ParagraphNotInText, Path.Combine(folder.Path, "events.csv"), 2, "Citations");

            Assert.Equal(citation, problem.Value);
            Assert.Contains($"'{citation}' cites " + reason, problem.Problem);
        }

        [Fact]
        public void Actors_citations_are_checked_too()
        {
            using var folder = Folder();
            folder.Write("actors.csv", "Id,Name,Kind,Aliases,Citations\nmy-vietnam,Vietnam,Country,,my-report ¶3\n");

            Single(Validate(folder), DataErrorIds.ParagraphNotInText, Path.Combine(folder.Path, "actors.csv"), 2, "Citations");
        }

        [Fact]
        public void A_citation_past_the_Paragraphs_count_is_reported_once_by_the_reader()
        {
            using var folder = Folder(sources: MyReport.Replace(",,,,\n", ",,4,,\n"));
            folder.Write("events.csv", EventHeader + "ev-1,2026,Trade talks,S,Trade,Happened,,,my-report ¶9,\n");

            Single(Validate(folder), DataErrorIds.InvalidCitation, Path.Combine(folder.Path, "events.csv"), 2, "Citations");
        }

        [Theory]
        [InlineData("8000000000,USD,Exact,my-report ¶1", "8000000000 USD is not written in my-report ¶1", "US$8 billion, $8bn, 8,000 million")]
        [InlineData("14000000000,USD,Exact,my-report ¶4", "14000000000 USD is not written in my-report ¶4", "the Derivation column")]
        [InlineData("7000000000,USD,Exact,my-report ¶2; my-report ¶4", "7000000000 USD is not written in my-report ¶2; my-report ¶4", "$7bn")]
        [InlineData("7,Percent,Exact,my-report ¶1", "7 Percent is not written in my-report ¶1", "7%, 7 per cent")]
        public void A_figure_its_paragraphs_do_not_show_is_a_problem_of_its_Value(string row, string reason, string hint)
        {
            using var folder = Folder();
            folder.Write("trade-figures.csv", FigureHeader + $"tf-1,BilateralTrade,2026,Actual,{row},,\n");

            var problem = Single(Validate(folder), DataErrorIds.ValueNotInText, Path.Combine(folder.Path, "trade-figures.csv"), 2, "Value");

            Assert.StartsWith(reason, problem.Problem, StringComparison.Ordinal);
            Assert.Contains(hint, problem.Problem);
        }

        [Fact]
        public void Only_a_row_with_a_Derivation_may_carry_a_value_its_paragraphs_do_not_show()
        {
            using var folder = Folder();
            folder.Write("trade-figures.csv", FigureHeader
                + "tf-1,BilateralTrade,,Target,14000000000,USD,Exact,my-report ¶4,,\n"
                + "tf-2,BilateralTrade,,Target,14000000000,USD,Exact,my-report ¶4,   ,\n"
                + "tf-3,BilateralTrade,,Target,14000000000,USD,Exact,my-report ¶4,double the 2026 figure of US$7 billion (¶1),\n");
            folder.Write("claims.csv", ClaimHeader
                + "cl-1,trade-target,14000000000,USD,Exact,2026,my-report,my-report ¶4,,S\n"
                + "cl-2,trade-target,14000000000,USD,Exact,2026,my-report,my-report ¶4,double the 2026 figure,S\n");

            var problems = Validate(folder);

            Assert.Equal(new[] { ("trade-figures.csv", 2L), ("trade-figures.csv", 3L), ("claims.csv", 2L) },
                problems.Select(p => (Path.GetFileName(p.File), p.Line)));
            Assert.All(problems, p => Assert.Equal(DataErrorIds.ValueNotInText, p.ErrorId));
        }

        [Theory]
        [InlineData("2,Rank,Exact", "2 Rank is not written in my-report ¶2 (looked for renderings such as second, 2nd)")]
        [InlineData("4,Count,Exact", "4 Count is not written")]
        [InlineData("3,Rank,AtMost", null)]
        public void A_numeric_claim_is_held_to_its_paragraph_as_a_figure_is(string value, string? reason)
        {
            using var folder = Folder();
            folder.Write("claims.csv", ClaimHeader + $"cl-1,vietnam-export-rank,{value},2026,my-report,my-report ¶2,,S\n");

            var problems = Validate(folder);

            if (reason is null)
            {
                Assert.Empty(problems);
            }
            else
            {
                Assert.StartsWith(reason, Single(problems, DataErrorIds.ValueNotInText, Path.Combine(folder.Path, "claims.csv"), 2, "Value").Problem, StringComparison.Ordinal);
            }
        }

        [Theory]
        [InlineData("a new era", "")]
        [InlineData("a new era", "the words are from ¶4")]
        public void A_quote_its_paragraph_does_not_hold_is_a_problem_even_with_a_Derivation(string quote, string derivation)
        {
            using var folder = Folder();
            folder.Write("claims.csv", ClaimHeader + $"cl-1,new-chapter,{quote},Quote,Exact,2026,my-report,my-report ¶4,{derivation},S\n");

            var problem = Single(Validate(folder), DataErrorIds.QuoteNotInText, Path.Combine(folder.Path, "claims.csv"), 2, "Value");

            Assert.Equal(quote, problem.Value);
            Assert.Contains("my-report ¶4", problem.Problem);
        }

        [Fact]
        public void A_row_that_also_cites_a_source_without_a_text_is_not_judged_on_its_value()
        {
            using var folder = Folder(sources: MyReport + MyOther);
            folder.Write("trade-figures.csv", FigureHeader + "tf-1,BilateralTrade,2026,Actual,9000000000,USD,Exact,my-report ¶1; my-other ¶1,,\n");

            Assert.Empty(Validate(folder));

            folder.Write(Path.Combine("texts", "my-other.txt"), "[1] Trade reached $9bn.\n");
            Assert.Empty(Validate(folder));

            folder.Write(Path.Combine("texts", "my-other.txt"), "[1] Trade reached $10bn.\n");
            Assert.Contains("my-report ¶1; my-other ¶1", Single(Validate(folder), DataErrorIds.ValueNotInText, Path.Combine(folder.Path, "trade-figures.csv"), 2, "Value").Problem);
        }

        [Fact]
        public void A_Paragraphs_count_that_disagrees_with_the_text_is_a_problem_of_the_sources_row()
        {
            using var folder = Folder(sources: MyOther + MyReport.Replace(",,,,\n", ",,5,,\n"));

            var problem = Single(Validate(folder), DataErrorIds.ParagraphCountMismatch, Path.Combine(folder.Path, "sources.csv"), 3, "Paragraphs");

            Assert.Equal("5", problem.Value);
            Assert.Contains("Paragraphs says 5, but the text my-report.txt numbers its paragraphs up to [4]", problem.Problem);
        }

        [Fact]
        public void A_text_of_a_bundled_source_that_disagrees_with_its_count_is_a_problem_of_the_text()
        {
            using var bundledFolder = new TempDataFolder();
            bundledFolder.Write("sources.csv", SourceHeader + "bundled-doc,A bundled document,,,2025,Analysis,en,,,12,,\n");
            var bundled = RelationsData.Load(bundledFolder.Path);
            using var folder = new TempDataFolder();
            Directory.CreateDirectory(Path.Combine(folder.Path, "texts"));
            string text = folder.Write(Path.Combine("texts", "bundled-doc.txt"), "id: bundled-doc\n\n[1] One.\n[2] Two.\n");

            var problem = Assert.Single(Validate(folder, bundled: bundled));

            Assert.Equal((DataErrorIds.ParagraphCountMismatch, text, 4L, ""), (problem.ErrorId, problem.File, problem.Line, problem.Field));
            Assert.Contains("the bundled source 'bundled-doc' has 12", problem.Problem);
        }

        [Fact]
        public void A_text_named_after_no_known_source_is_a_warning_and_is_not_read()
        {
            using var folder = Folder();
            string stray = folder.Write(Path.Combine("texts", "my-reprot.txt"), "not a text at all\0");
            folder.Write(Path.Combine("texts", "README.md"), "Not a text: ignored.");

            var problem = Assert.Single(Validate(folder));

            Assert.Equal((ProblemSeverity.Warning, DataErrorIds.UnknownSourceText, stray, 0L, ""), (problem.Severity, problem.ErrorId, problem.File, problem.Line, problem.Field));
            Assert.Contains("no source has the Id 'my-reprot'", problem.Problem);
        }

        [Fact]
        public void A_text_is_matched_to_its_source_ignoring_case()
        {
            using var folder = Folder(text: null);
            Directory.CreateDirectory(Path.Combine(folder.Path, "texts"));
            folder.Write(Path.Combine("texts", "My-Report.TXT"), MyReportText);
            folder.Write("events.csv", EventHeader + "ev-1,2026,Trade talks,S,Trade,Happened,,,my-report ¶3,\n");

            Assert.Equal(DataErrorIds.ParagraphNotInText, Assert.Single(Validate(folder)).ErrorId);
        }

        [Fact]
        public void Citations_of_a_text_that_cannot_be_read_are_not_checked_against_it()
        {
            using var folder = Folder(text: "id: my-report\n\nNo markers.\n");
            folder.Write("trade-figures.csv", FigureHeader + "tf-1,BilateralTrade,2026,Actual,8000000000,USD,Exact,my-report ¶1,,\n");

            var problem = Assert.Single(Validate(folder));

            Assert.Equal((DataErrorIds.NoParagraphs, Path.Combine(folder.Path, "texts", "my-report.txt"), 0L), (problem.ErrorId, problem.File, problem.Line));
        }

        [Fact]
        public void Without_a_texts_folder_nothing_is_checked_against_text()
        {
            using var folder = Folder(text: null);
            folder.Write("trade-figures.csv", FigureHeader + "tf-1,BilateralTrade,2026,Actual,8000000000,USD,Exact,my-report ¶1,,\n");

            Assert.Empty(Validate(folder));
        }

        [Fact]
        public void A_texts_folder_given_explicitly_replaces_the_default_and_must_exist()
        {
            using var folder = Folder();
            folder.Write("trade-figures.csv", FigureHeader + "tf-1,BilateralTrade,2026,Actual,9000000000,USD,Exact,my-report ¶1,,\n");
            using var elsewhere = new TempDataFolder();
            elsewhere.Write("my-report.txt", "[1] Trade reached $9bn.\n");

            Assert.Equal(DataErrorIds.ValueNotInText, Assert.Single(Validate(folder)).ErrorId);
            Assert.Empty(Validate(folder, elsewhere.Path));

            string missing = Path.Combine(folder.Path, "no-such-folder");
            var problem = Assert.Single(Validate(folder, missing));
            Assert.Equal((ProblemSeverity.Error, DataErrorIds.TextFolderNotFound, missing, 0L), (problem.Severity, problem.ErrorId, problem.File, problem.Line));
        }
    }
}
