using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Validation
{
    /// <summary>
    /// Checks a data folder's citations against the texts of the sources they cite (Test-RelationsData only;
    /// a query never reads a text). For every row citing a source that has a text: each cited paragraph is in
    /// the text; a trade figure's Value, and a claim's Value in USD, Percent, Count or Rank, is written in a
    /// paragraph it cites, unless the row says in Derivation how it follows by arithmetic; a Quote claim's
    /// words are in its paragraph; sources.csv's Paragraphs agrees with the text.
    /// </summary>
    /// <remarks>
    /// A pass of its own over the files, after the reading pass, rather than a part of the row readers: it
    /// needs only a few columns, it reads events, figures, claims, actors and sources alike, and it leaves the
    /// readers that queries stream through as they are. What the reading pass reports (a malformed citation,
    /// a paragraph past the Paragraphs count, an unknown source, a bad number) is not reported again here.
    /// </remarks>
    internal sealed class CitationVerifier
    {
        private static readonly ReadMonitor Quiet = new ReadMonitor(_ => { }, _ => { });

        private readonly string dataFolder;
        private readonly Dictionary<string, RelationsSource> sources;
        private readonly SourceTextFolder texts;
        private readonly ReadMonitor sink;

        private CitationVerifier(string dataFolder, Dictionary<string, RelationsSource> sources, SourceTextFolder texts, ReadMonitor sink)
        {
            this.dataFolder = dataFolder;
            this.sources = sources;
            this.texts = texts;
            this.sink = sink;
        }

        /// <summary>The folder of texts used when none is given: <c>texts</c> in the data folder.</summary>
        private static string DefaultTextFolder(string dataFolder) => Path.Combine(dataFolder, SourceTextFolder.DefaultFolderName);

        /// <param name="dataFolder">The data folder whose files are checked.</param>
        /// <param name="knownSources">Every source its rows may cite (the bundled ones, then the folder's own, which win).</param>
        /// <param name="textFolder">The folder of texts, which must exist; null or empty for <see cref="DefaultTextFolder"/>, which may be absent.</param>
        public static void Verify(string dataFolder, IEnumerable<RelationsSource> knownSources, string? textFolder, ReadMonitor sink)
        {
            // Empty is "not given": PowerShell passes $null to a string parameter as "".
            bool given = !string.IsNullOrWhiteSpace(textFolder);
            string folder = Path.GetFullPath(given ? textFolder! : DefaultTextFolder(dataFolder));
            if (!Directory.Exists(folder))
            {
                if (given)
                {
                    sink.OnBadRow(new DataFileException(DataErrorIds.TextFolderNotFound, folder, 0, null, null, "the folder of source texts does not exist"));
                }

                return;
            }

            var sources = new Dictionary<string, RelationsSource>(RelationsId.Comparer);
            foreach (var source in knownSources)
            {
                sources[source.Id] = source;
            }

            var texts = SourceTextFolder.Read(folder, sources.Keys, sink);
            if (texts.Count == 0)
            {
                return;
            }

            var verifier = new CitationVerifier(dataFolder, sources, texts, sink);
            verifier.CheckParagraphCounts();
            verifier.CheckCitationsOnly(EventTable.Schema, "Citations");
            verifier.CheckCitationsOnly(ActorTable.Schema, "Citations");
            verifier.CheckTradeFigures();
            verifier.CheckClaims();
        }

        private void CheckParagraphCounts()
        {
            var ownIds = new HashSet<string>(RelationsId.Comparer);
            int id = Column(SourceTable.Schema, "Id"), paragraphs = Column(SourceTable.Schema, "Paragraphs");
            ForEachRow(SourceTable.Schema, table =>
            {
                string sourceId = table.Get(id).Trim();
                ownIds.Add(sourceId);
                string written = table.Get(paragraphs);
                if (int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out int count) && texts.TryGet(sourceId, out var text) && text.HighestParagraph != count)
                {
                    Report(DataErrorIds.ParagraphCountMismatch, table, paragraphs, written, string.Format(CultureInfo.InvariantCulture,
                        "Paragraphs says {0}, but the text {1} numbers its paragraphs up to [{2}]; Paragraphs is the highest [N] of the text",
                        count, TextName(text), text.HighestParagraph));
                }
            });

            // A bundled source's count is the module's; a text of it in this folder that disagrees is likely another document.
            foreach (var source in sources.Values.Where(s => !ownIds.Contains(s.Id)))
            {
                if (source.Paragraphs is int count && texts.TryGet(source.Id, out var text) && text.HighestParagraph != count)
                {
                    sink.OnBadRow(new DataFileException(DataErrorIds.ParagraphCountMismatch, text.FilePath, text.LineOfHighestParagraph, null,
                        text.HighestParagraph.ToString(CultureInfo.InvariantCulture), string.Format(CultureInfo.InvariantCulture,
                            "the text numbers its paragraphs up to [{0}], but the bundled source '{1}' has {2} (its Paragraphs); is this the same document?",
                            text.HighestParagraph, source.Id, count)));
                }
            }
        }

        private void CheckCitationsOnly(TableSchema schema, string citationColumn)
        {
            int citations = Column(schema, citationColumn);
            ForEachRow(schema, table => CitedParagraphs(table, citations));
        }

        private void CheckTradeFigures()
        {
            var schema = TradeFigureTable.Schema;
            int value = Column(schema, "Value"), unit = Column(schema, "Unit"), qualifier = Column(schema, "Qualifier"),
                citations = Column(schema, "Citations"), derivation = Column(schema, "Derivation");
            ForEachRow(schema, table =>
            {
                var cited = CitedParagraphs(table, citations);
                if (table.Get(derivation).Trim().Length == 0 && TryNumber(table, value, unit, qualifier, out decimal number, out var valueUnit, out var valueQualifier))
                {
                    CheckNumber(table, value, citations, number, valueUnit, valueQualifier, cited);
                }
            });
        }

        private void CheckClaims()
        {
            var schema = ClaimTable.Schema;
            int value = Column(schema, "Value"), unit = Column(schema, "Unit"), qualifier = Column(schema, "Qualifier"),
                citation = Column(schema, "Citation"), derivation = Column(schema, "Derivation");
            ForEachRow(schema, table =>
            {
                var cited = CitedParagraphs(table, citation);
                if (ClosedSet<ValueUnit>.TryParse(table.Get(unit), out var claimUnit) && claimUnit == ValueUnit.Quote)
                {
                    CheckQuote(table, value, cited);
                }
                else if (table.Get(derivation).Trim().Length == 0 && TryNumber(table, value, unit, qualifier, out decimal number, out var valueUnit, out var valueQualifier))
                {
                    CheckNumber(table, value, citation, number, valueUnit, valueQualifier, cited);
                }
            });
        }

        // The row's citations of sources that have a text, each cited paragraph found in it; a missing one is reported.
        private List<(Citation Citation, SourceText Text)> CitedParagraphs(CsvTable table, int column)
        {
            var found = new List<(Citation, SourceText)>();
            if (!Citation.TryParseList(table.Get(column), out var citations, out _))
            {
                return found;
            }

            foreach (var citation in citations)
            {
                if (!texts.TryGet(citation.SourceId, out var text)
                    || (sources.TryGetValue(citation.SourceId, out var source) && source.Paragraphs is int count && citation.LastParagraph > count))
                {
                    continue;
                }

                var missing = Numbers(citation).Where(n => !text.TryGetParagraph(n, out _)).ToList();
                if (missing.Count > 0)
                {
                    string which = string.Join(", ", missing.Take(5).Select(n => "[" + n.ToString(CultureInfo.InvariantCulture) + "]")) + (missing.Count > 5 ? ", ..." : string.Empty);
                    Report(DataErrorIds.ParagraphNotInText, table, column, citation.ToString(),
                        $"'{citation}' cites {(missing.Count == 1 ? "paragraph" : "paragraphs")} {which}, which the text {TextName(text)} does not have (it has {text.DescribeNumbers()})");
                }

                if (missing.Count < citation.LastParagraph - citation.FirstParagraph + 1)
                {
                    found.Add((citation, text));
                }
            }

            return found;
        }

        // Schema 1.1: the value is written in at least one cited paragraph. A row that also cites a source with no
        // text is not judged: the value may be in the paragraph that cannot be read.
        private void CheckNumber(CsvTable table, int column, int citationColumn, decimal value, ValueUnit unit, Qualifier qualifier, List<(Citation Citation, SourceText Text)> cited)
        {
            if (cited.Count == 0 || !AllSourcesHaveTexts(table, citationColumn)
                || cited.Any(c => Numbers(c.Citation).Any(n => ValueInText.Shows(c.Text.NumbersIn(n), value, unit, qualifier))))
            {
                return;
            }

            string written = value.ToString(CultureInfo.InvariantCulture);
            Report(DataErrorIds.ValueNotInText, table, column, written, string.Format(CultureInfo.InvariantCulture,
                "{0} {1} is not written in {2} (looked for renderings such as {3}); if the text gives it only by arithmetic, say how in the Derivation column",
                written, unit, string.Join("; ", cited.Select(c => c.Citation.ToString())), ValueInText.Examples(value, unit, qualifier)));
        }

        private bool AllSourcesHaveTexts(CsvTable table, int citationColumn)
            => Citation.TryParseList(table.Get(citationColumn), out var citations, out _) && citations.All(c => texts.TryGet(c.SourceId, out _));

        private void CheckQuote(CsvTable table, int column, List<(Citation Citation, SourceText Text)> cited)
        {
            string quote = table.Get(column).Trim();
            if (quote.Length == 0 || cited.Count == 0 || cited.Any(c => Paragraphs(c).Any(paragraph => QuoteInText.Shows(paragraph, quote))))
            {
                return;
            }

            Report(DataErrorIds.QuoteNotInText, table, column, quote,
                $"the quoted words are not in {string.Join("; ", cited.Select(c => c.Citation.ToString()))} (compared ignoring case, quotation marks and line breaks); copy them as the text writes them");
        }

        private static bool TryNumber(CsvTable table, int value, int unit, int qualifier, out decimal number, out ValueUnit valueUnit, out Qualifier valueQualifier)
        {
            number = 0;
            valueQualifier = Qualifier.Exact;
            return ClosedSet<ValueUnit>.TryParse(table.Get(unit), out valueUnit) && ValueInText.IsChecked(valueUnit)
                && ClosedSet<Qualifier>.TryParse(table.Get(qualifier), out valueQualifier)
                && decimal.TryParse(table.Get(value), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out number);
        }

        private static IEnumerable<string> Paragraphs((Citation Citation, SourceText Text) cited)
        {
            foreach (int number in Numbers(cited.Citation))
            {
                if (cited.Text.TryGetParagraph(number, out string paragraph))
                {
                    yield return paragraph;
                }
            }
        }

        private static IEnumerable<int> Numbers(Citation citation) => Enumerable.Range(citation.FirstParagraph, citation.LastParagraph - citation.FirstParagraph + 1);

        private static string TextName(SourceText text) => Path.GetFileName(text.FilePath);

        private static int Column(TableSchema schema, string name)
        {
            for (int i = 0; i < schema.Columns.Count; i++)
            {
                if (string.Equals(schema.Columns[i], name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            throw new InvalidOperationException($"{schema.FileName} has no column {name}");
        }

        // Rows the reading pass could not make sense of (a wrong field count, a file broken further on) are its to report.
        private void ForEachRow(TableSchema schema, Action<CsvTable> check)
        {
            string path = Path.Combine(dataFolder, schema.FileName);
            if (!File.Exists(path))
            {
                return;
            }

            try
            {
                using var table = CsvTable.Open(path, schema, Quiet);
                while (table.Read())
                {
                    if (table.RowIsValid)
                    {
                        check(table);
                    }
                }
            }
            catch (DataFileException)
            {
                // Reported by the reading pass.
            }
        }

        private void Report(string errorId, CsvTable table, int column, string value, string reason)
            => sink.OnBadRow(new DataFileException(errorId, table.FilePath, table.Line, table.Columns[column], value, reason));
    }
}
