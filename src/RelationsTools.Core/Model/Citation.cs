using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RelationsTools.Model
{
    /// <summary>A pointer to the paragraph(s) of a source document that state a fact: <c>source-id ¶N</c> or <c>source-id ¶N-M</c>.</summary>
    public sealed class Citation
    {
        public Citation(string sourceId, int firstParagraph, int lastParagraph)
        {
            SourceId = sourceId;
            FirstParagraph = firstParagraph;
            LastParagraph = lastParagraph;
        }

        /// <summary>How to type ¶ in PowerShell, for messages that ask for a citation.</summary>
        internal const string TypingThePilcrow = "in PowerShell, type ¶ as [char]0xB6, or as `u{B6} inside a double-quoted string";

        public string SourceId { get; }

        public int FirstParagraph { get; }

        public int LastParagraph { get; }

        /// <summary>Parses <c>source-id ¶N</c> or <c>source-id ¶N-M</c>: a kebab id (letters, digits, hyphens; compared ignoring case), one space, the pilcrow, paragraph numbers from 1.</summary>
        public static bool TryParse(string text, out Citation? citation, out string error)
        {
            citation = null;
            error = string.Empty;
            int mark = text.IndexOf(" ¶", StringComparison.Ordinal);
            if (mark <= 0 || !IsSourceId(text, mark) || !TryParagraphs(text, mark + 2, out int first, out int last))
            {
                error = $"'{text}' is not a citation of the form 'source-id ¶N' or 'source-id ¶N-M' (a lowercase source id, a space, the pilcrow ¶ and a paragraph number, such as 'iseas-2025-03-mending-fences ¶7'); " + TypingThePilcrow;
                return false;
            }

            if (last < first)
            {
                error = $"'{text}' names a paragraph range that ends before it starts";
                return false;
            }

            citation = new Citation(text.Substring(0, mark), first, last);
            return true;
        }

        // Hand-written rather than a Regex: a streaming query parses the citations of every row it returns.
        private static bool IsSourceId(string text, int length)
        {
            for (int i = 0; i < length; i++)
            {
                char c = text[i];
                bool letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
                if (!letterOrDigit && (c != '-' || i == 0))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool TryParagraphs(string text, int start, out int first, out int last)
        {
            last = 0;
            int dash = text.IndexOf('-', start);
            if (!TryParagraph(text, start, dash < 0 ? text.Length : dash, out first))
            {
                return false;
            }

            if (dash < 0)
            {
                last = first;
                return true;
            }

            return TryParagraph(text, dash + 1, text.Length, out last);
        }

        private static bool TryParagraph(string text, int start, int end, out int number)
        {
            number = 0;
            const int MaxDigits = 5;
            if (end <= start || end - start > MaxDigits || text[start] == '0')
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                number = (number * 10) + (c - '0');
            }

            return true;
        }

        /// <summary>Parses a '; '-separated list of citations; empty text is an empty list.</summary>
        public static bool TryParseList(string text, out IReadOnlyList<Citation> citations, out string error)
        {
            var list = new List<Citation>();
            citations = list;
            error = string.Empty;
            foreach (string item in DelimitedList.Split(text))
            {
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
                if (!ids.Contains(citation.SourceId, RelationsId.Comparer))
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
