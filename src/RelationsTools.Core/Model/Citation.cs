using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RelationsTools.Model
{
    /// <summary>A pointer to the paragraph(s) of a source document that state a fact: <c>source-id ¶N</c> or <c>source-id ¶N-M</c>.</summary>
    public sealed class Citation
    {
        private static readonly Regex Pattern = new Regex(
            @"^(?<source>[a-z0-9][a-z0-9-]*) ¶(?<first>[1-9][0-9]{0,4})(?:-(?<last>[1-9][0-9]{0,4}))?$",
            RegexOptions.CultureInvariant);

        public Citation(string sourceId, int firstParagraph, int lastParagraph)
        {
            SourceId = sourceId;
            FirstParagraph = firstParagraph;
            LastParagraph = lastParagraph;
        }

        public string SourceId { get; }

        public int FirstParagraph { get; }

        public int LastParagraph { get; }

        public static bool TryParse(string text, out Citation? citation, out string error)
        {
            citation = null;
            error = string.Empty;
            Match match = Pattern.Match(text);
            if (!match.Success)
            {
                error = $"'{text}' is not a citation of the form 'source-id ¶N' or 'source-id ¶N-M'";
                return false;
            }

            int first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
            int last = match.Groups["last"].Success ? int.Parse(match.Groups["last"].Value, CultureInfo.InvariantCulture) : first;
            if (last < first)
            {
                error = $"'{text}' names a paragraph range that ends before it starts";
                return false;
            }

            citation = new Citation(match.Groups["source"].Value, first, last);
            return true;
        }

        /// <summary>Parses a '; '-separated list of citations; empty text is an empty list.</summary>
        public static bool TryParseList(string text, out IReadOnlyList<Citation> citations, out string error)
        {
            var list = new List<Citation>();
            citations = list;
            error = string.Empty;
            foreach (string part in text.Split(';'))
            {
                string item = part.Trim();
                if (item.Length == 0)
                {
                    continue;
                }

                if (!TryParse(item, out var citation, out error))
                {
                    return false;
                }

                list.Add(citation!);
            }

            return true;
        }

        /// <summary>The distinct source ids of <paramref name="citations"/>, in order of first mention.</summary>
        public static DelimitedList SourceIdsOf(IEnumerable<Citation> citations)
        {
            var ids = new List<string>();
            foreach (var citation in citations)
            {
                if (!ids.Contains(citation.SourceId))
                {
                    ids.Add(citation.SourceId);
                }
            }

            return new DelimitedList(ids);
        }

        public override string ToString()
            => FirstParagraph == LastParagraph
                ? string.Format(CultureInfo.InvariantCulture, "{0} ¶{1}", SourceId, FirstParagraph)
                : string.Format(CultureInfo.InvariantCulture, "{0} ¶{1}-{2}", SourceId, FirstParagraph, LastParagraph);
    }
}
