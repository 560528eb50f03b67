using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RelationsTools.Texts
{
    /// <summary>
    /// The text of one source document, as <c>texts/&lt;source-id&gt;.txt</c> holds it: its paragraphs by their
    /// <c>[N]</c> numbers, each with the line its marker is on.
    /// </summary>
    internal sealed class SourceText
    {
        private readonly SortedDictionary<int, string> paragraphs;
        private readonly Dictionary<int, long> lines;

        public SourceText(string sourceId, string filePath, SortedDictionary<int, string> paragraphs, Dictionary<int, long> lines)
        {
            SourceId = sourceId;
            FilePath = filePath;
            this.paragraphs = paragraphs;
            this.lines = lines;
            HighestParagraph = paragraphs.Keys.Last();
        }

        /// <summary>The source id the file is named after, as the file spells it.</summary>
        public string SourceId { get; }

        public string FilePath { get; }

        /// <summary>The highest <c>[N]</c>: what sources.csv's Paragraphs must say.</summary>
        public int HighestParagraph { get; }

        /// <summary>The line of the highest paragraph's marker.</summary>
        public long LineOfHighestParagraph => lines[HighestParagraph];

        public bool TryGetParagraph(int number, out string text) => paragraphs.TryGetValue(number, out text!);

        /// <summary>The paragraph numbers the text has, as ranges: <c>[1]-[11]</c>, or <c>[1]-[2], [4]</c> where one is missing.</summary>
        public string DescribeNumbers()
        {
            var parts = new List<string>();
            int? start = null;
            int previous = 0;
            foreach (int number in paragraphs.Keys)
            {
                if (start is int first && number != previous + 1)
                {
                    parts.Add(Range(first, previous));
                    start = null;
                }

                start ??= number;
                previous = number;
            }

            parts.Add(Range(start!.Value, previous));
            return string.Join(", ", parts);
        }

        private static string Range(int first, int last)
            => first == last
                ? string.Format(CultureInfo.InvariantCulture, "[{0}]", first)
                : string.Format(CultureInfo.InvariantCulture, "[{0}]-[{1}]", first, last);
    }
}
