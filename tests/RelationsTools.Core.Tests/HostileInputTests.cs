using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using RelationsTools.Data;
using RelationsTools.Validation;
using RelationsTools.Query;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The hostile input corpus (tests/data, see its README.md) at the Core level: what DataValidator reports and
    /// what a streaming read of a DataFolder gives, checked against the same expected.json files the Pester tests read.
    /// </summary>
    public class HostileInputTests
    {
        private static readonly Lazy<RelationsData> Bundled = new Lazy<RelationsData>(() => RelationsData.Load(RepoPaths.BundledData));

        public static IEnumerable<object[]> CaseNames() => HostileCase.All().Select(c => new object[] { c.Name });

        public static IEnumerable<object[]> SameAsCaseNames() => HostileCase.All().Where(c => c.SameAs != null).Select(c => new object[] { c.Name });

        [Fact]
        public void The_corpus_has_at_least_32_cases_and_its_clean_references()
        {
            var cases = HostileCase.All();

            Assert.True(cases.Count >= 32, $"only {cases.Count} cases in {HostileCase.Root}");
            Assert.Contains(cases, c => c.Name == "clean" && c.Outcome == "Accepted");
            Assert.Contains(cases, c => c.Name == "clean-trade-figures" && c.Outcome == "Accepted");
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void DataValidator_reports_the_expected_problem(string name)
        {
            var hostile = HostileCase.Load(name);
            using var folder = hostile.Materialize();

            var problems = DataValidator.Validate(folder.Path, Bundled.Value);

            switch (hostile.Outcome)
            {
                case "Accepted":
                    Assert.Empty(problems);
                    break;
                case "Warning":
                    AssertProblem(Assert.Single(problems), ProblemSeverity.Warning, hostile.WarningId!, hostile, folder.File);
                    break;
                case "Problem" when hostile.WarningId != null:
                    // A warning only Test-RelationsData gives, about a file no query reads (a text).
                    AssertProblem(Assert.Single(problems), ProblemSeverity.Warning, hostile.WarningId, hostile, folder.File);
                    break;
                default:
                    AssertProblem(Assert.Single(problems), ProblemSeverity.Error, hostile.ErrorId!, hostile, folder.File);
                    break;
            }
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void A_streaming_read_gives_the_expected_rows_errors_and_warnings(string name)
        {
            var hostile = HostileCase.Load(name);
            using var folder = hostile.Materialize();

            var read = Read(hostile, folder.Path);

            Assert.Equal(hostile.Rows, read.Rows.Count);
            switch (hostile.Outcome)
            {
                case "Accepted":
                case "Problem":
                    Assert.Null(read.Stop);
                    Assert.Empty(read.Errors);
                    Assert.Empty(read.Warnings);
                    break;
                case "Warning":
                    Assert.Null(read.Stop);
                    Assert.Empty(read.Errors);
                    AssertLocated(Assert.Single(read.Warnings), hostile.WarningId!, hostile, folder.File);
                    break;
                case "RowError":
                    Assert.Null(read.Stop);
                    AssertLocated(Assert.Single(read.Errors), hostile.ErrorId!, hostile, folder.File);
                    break;
                case "Terminating":
                    Assert.NotNull(read.Stop);
                    Assert.Empty(read.Errors);
                    AssertLocated(read.Stop!, hostile.ErrorId!, hostile, folder.File);
                    break;
                default:
                    throw new InvalidOperationException($"{name}: unknown Outcome '{hostile.Outcome}'");
            }
        }

        [Theory]
        [MemberData(nameof(SameAsCaseNames))]
        public void An_accepted_variant_reads_exactly_as_its_reference(string name)
        {
            var hostile = HostileCase.Load(name);
            var reference = HostileCase.Load(hostile.SameAs!);
            using var folder = hostile.Materialize();
            using var referenceFolder = reference.Materialize();

            Assert.Equal(Json(Read(reference, referenceFolder.Path).Rows), Json(Read(hostile, folder.Path).Rows));
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void A_read_split_between_threads_gives_what_one_reader_gives(string name)
        {
            var hostile = HostileCase.Load(name);
            using var folder = hostile.Materialize();

            // Pieces of a few bytes, so that the case's every line break is a cut (see TableScanTests).
            var split = Read(hostile, folder.Path, new ScanPlan(threads: 3, chunkBytes: 5, mostKept: 1));
            var single = Read(hostile, folder.Path, ScanPlan.OneThread);

            Assert.Equal(Json(single.Rows), Json(split.Rows));
            Assert.Equal(single.Errors.Select(e => e.Message), split.Errors.Select(e => e.Message));
            Assert.Equal(single.Warnings.Select(e => e.Message), split.Warnings.Select(e => e.Message));
            Assert.Equal(single.Stop?.Message, split.Stop?.Message);
        }

        private static void AssertProblem(DataProblem problem, ProblemSeverity severity, string errorId, HostileCase hostile, string file)
        {
            Assert.Equal(severity, problem.Severity);
            Assert.Equal(errorId, problem.ErrorId);
            Assert.Equal(file, problem.File);
            Assert.Equal(hostile.Line, problem.Line);
            Assert.Equal(hostile.Field ?? string.Empty, problem.Field);
        }

        private static void AssertLocated(DataFileException e, string errorId, HostileCase hostile, string file)
        {
            Assert.Equal(errorId, e.ErrorId);
            Assert.Equal(hostile.Line, e.Line);
            Assert.Equal(hostile.Field, e.Field);
            string location = hostile.Line > 0 ? file + ":" + hostile.Line.ToString(CultureInfo.InvariantCulture) : file;
            Assert.StartsWith(hostile.Field is null ? location + ": " : $"{location}: field '{hostile.Field}': ", e.Message, StringComparison.Ordinal);
        }

        // What the case's cmdlet would get: the objects read before any stop, the bad rows and warnings, and the stop.
        private static ReadResult Read(HostileCase hostile, string folderPath, ScanPlan? plan = null)
        {
            var result = new ReadResult();
            var sink = new ReadMonitor(result.Errors.Add, result.Warnings.Add);
            try
            {
                var folder = DataFolder.Open(folderPath, Bundled.Value, sink);
                folder.ScanPlan = plan ?? folder.ScanPlan;
                IEnumerable<object> rows = hostile.Command switch
                {
                    // As the cmdlets run them: in time order, so nothing is written before a stop.
                    "Get-RelationsEvent" => new EventQuery().Run(folder, sink),
                    "Get-TradeFigure" => new TradeFigureQuery().Run(folder, sink),
                    "Get-RelationsClaim" => folder.ReadClaims(sink),
                    "Get-RelationsSource" => folder.Sources,
                    _ => throw new InvalidOperationException($"{hostile.Name}: unknown Command '{hostile.Command}'"),
                };
                foreach (var row in rows)
                {
                    result.Rows.Add(row);
                }
            }
            catch (DataFileException e)
            {
                result.Stop = e;
            }

            return result;
        }

        private static string Json(IEnumerable<object> rows)
            => JsonSerializer.Serialize(rows.ToArray(), new JsonSerializerOptions { WriteIndented = false });

        private sealed class ReadResult
        {
            public List<object> Rows { get; } = new List<object>();

            public List<DataFileException> Errors { get; } = new List<DataFileException>();

            public List<DataFileException> Warnings { get; } = new List<DataFileException>();

            public DataFileException? Stop { get; set; }
        }
    }
}
