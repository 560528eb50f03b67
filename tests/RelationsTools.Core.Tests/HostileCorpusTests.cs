using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Xunit;

namespace RelationsTools.Tests
{
    /// <summary>
    /// The hostile input corpus itself (tests/data and its README.md): every case says what it is and what must come
    /// of it, in a form both test suites read, and still holds the bytes it is about.
    /// </summary>
    public class HostileCorpusTests
    {
        private static readonly string[] Outcomes = { "Accepted", "Warning", "RowError", "Terminating", "Problem" };

        public static IEnumerable<object[]> CaseNames() => HostileCase.All().Select(c => new object[] { c.Name });

        [Fact]
        public void The_corpus_covers_every_error_of_a_data_file_a_text_and_a_citation()
        {
            var ids = HostileCase.All().SelectMany(c => new[] { c.ErrorId, c.WarningId }).OfType<string>().ToHashSet();

            foreach (string id in new[]
            {
                "EmptyFile", "MalformedCsv", "WrongDelimiter", "MissingColumn", "DuplicateColumn", "TooManyColumns", "RecordTooLarge",
                "InvalidDate", "InvalidNumber", "UnknownValue", "UnknownSource", "UnknownActor", "InvalidCitation", "InvalidText",
                "MissingValue", "DuplicateId", "UnknownColumn",
                "NoParagraphs", "InvalidParagraphNumber", "UnknownSourceText", "ParagraphCountMismatch", "ParagraphNotInText", "ValueNotInText", "QuoteNotInText",
            })
            {
                Assert.True(ids.Contains(id), $"no case of the corpus gives {id}");
            }
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Every_case_says_what_must_come_of_it(string name)
        {
            var hostile = HostileCase.Load(name);

            Assert.Empty(hostile.Keys.Except(HostileCase.AllowedKeys, StringComparer.Ordinal));
            Assert.False(string.IsNullOrWhiteSpace(hostile.Description), "a Description says what the case is");
            Assert.Contains(hostile.Command, HostileCase.Commands);
            Assert.Contains(hostile.Outcome, Outcomes);
            if (hostile.Outcome is "RowError" or "Terminating")
            {
                Assert.False(string.IsNullOrEmpty(hostile.ErrorId), "a RowError or Terminating case names its ErrorId");
            }

            if (hostile.Outcome == "Warning")
            {
                Assert.False(string.IsNullOrEmpty(hostile.WarningId), "a Warning case names its WarningId");
            }

            // Only Test-RelationsData sees a Problem: an error, or a warning about a file no query reads (a text).
            if (hostile.Outcome == "Problem")
            {
                Assert.Single(new[] { hostile.ErrorId, hostile.WarningId }, id => !string.IsNullOrEmpty(id));
            }

            // A row's problem is one field's, unless the row's shape itself is wrong; a text's problem is no row's.
            bool isRow = hostile.FileName.EndsWith(".csv", StringComparison.Ordinal);
            if (hostile.Outcome is "RowError" or "Problem" && isRow)
            {
                Assert.True(hostile.Line > 0, "a row's problem names its line");
                if (hostile.ErrorId != "FieldCountMismatch")
                {
                    Assert.False(string.IsNullOrEmpty(hostile.Field), "a row's problem names its field");
                }
            }

            if (!isRow)
            {
                Assert.Null(hostile.Field);
            }

            if (hostile.SameAs != null)
            {
                Assert.True(File.Exists(Path.Combine(HostileCase.Root, hostile.SameAs, "expected.json")), $"SameAs names no case: {hostile.SameAs}");
            }
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Every_case_holds_small_data_files_and_texts_among_them_its_commands_file(string name)
        {
            var hostile = HostileCase.Load(name);
            string dir = Path.Combine(HostileCase.Root, name);
            var files = Directory.GetFiles(dir, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "expected.json").ToList();
            if (hostile.IsGenerated)
            {
                Assert.Empty(files); // its file is built from the description, because it is too large to keep
                return;
            }

            var names = files.Select(f => Path.GetRelativePath(dir, f).Replace('\\', '/')).ToList();
            Assert.Contains(hostile.CommandFile, names);
            Assert.Contains(hostile.FileName, names);
            foreach (string file in names)
            {
                Assert.Matches(@"^(sources|actors|events|trade-figures|claims)\.csv$|^texts/[^/]+$", file);
            }

            Assert.All(files, f => Assert.True(new FileInfo(f).Length < 10 * 1024, $"{f} is 10 KB or more; a large case is generated"));
        }

        [Theory]
        [MemberData(nameof(CaseNames))]
        public void Every_case_still_has_the_bytes_it_is_about(string name)
        {
            var hostile = HostileCase.Load(name);
            if (hostile.RawMatch is null)
            {
                return;
            }

            using var folder = hostile.Materialize();
            Assert.Matches(new Regex(hostile.RawMatch), Encoding.Latin1.GetString(File.ReadAllBytes(folder.File)));
        }
    }
}
