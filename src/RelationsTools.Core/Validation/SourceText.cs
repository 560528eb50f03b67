using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace RelationsTools.Validation
{
    /// <summary>
    /// The text of one source document, as <c>texts/&lt;source-id&gt;.txt</c> holds it: its paragraphs by their
    /// <c>[N]</c> numbers, each with the line its marker is on.
    /// </summary>
    internal sealed class SourceText
    {
        private readonly SortedDictionary<int, string> paragraphs;
        private readonly Dictionary<int, long> lines;
        private readonly Dictionary<int, IReadOnlyList<NumberMention>> numbers = new Dictionary<int, IReadOnlyList<NumberMention>>();

        public SourceText(string filePath, SortedDictionary<int, string> paragraphs, Dictionary<int, long> lines)
        {
            FilePath = filePath;
            this.paragraphs = paragraphs;
            this.lines = lines;
            HighestParagraph = paragraphs.Keys.Last();
        }

        public string FilePath { get; }

        /// <summary>The highest <c>[N]</c>: what sources.csv's Paragraphs must say.</summary>
        public int HighestParagraph { get; }

        /// <summary>The line of the highest paragraph's marker.</summary>
        public long LineOfHighestParagraph => lines[HighestParagraph];

        public bool TryGetParagraph(int number, out string text) => paragraphs.TryGetValue(number, out text!);

        /// <summary>The numbers paragraph <paramref name="number"/> writes, read once: many rows may cite one paragraph.</summary>
        public IReadOnlyList<NumberMention> NumbersIn(int number)
        {
            if (!numbers.TryGetValue(number, out var mentions))
            {
                mentions = paragraphs.TryGetValue(number, out string? text) ? NumberScanner.Scan(text) : new List<NumberMention>();
                numbers.Add(number, mentions);
            }

            return mentions;
        }

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
