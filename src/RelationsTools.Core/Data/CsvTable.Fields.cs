using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.Globalization;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    // Typed reads of the current record. A bad field is recorded as a problem of the row (naming file,
    // line and field) and read as a harmless stand-in, so the rest of the row is still checked.
    internal sealed partial class CsvTable
    {
        // Plain invariant numbers only: "1,000", "1.000,5", "NaN", "Infinity" and "1e9" are all refused,
        // because each is either a thousands separator read in the wrong culture or not a quantity.
        private const NumberStyles PlainNumber = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

        /// <summary>
        /// Judges a closed-set field in place, without a string: whether it is one of the names that <paramref name="names"/>
        /// admits. <paramref name="isName"/> is false when it is not one of the names exactly (read it with
        /// <see cref="GetEnum"/> then, which records why).
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public bool PeekAdmits<TEnum>(int column, Utf8ClosedSet<TEnum> names, out bool isName)
            where TEnum : struct
            => names.Admits(reader.GetSpan(columnIndexes[column]), out isName);

        /// <summary>Reads a date field's first and last day in place; false when it does not parse (read it with <see cref="GetDate"/> then).</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool TryPeekDateBounds(int column, out DateTime? first, out DateTime? last, out bool isKnown)
            => Utf8Field.TryParseDateBounds(reader.GetSpan(columnIndexes[column]), out first, out last, out isKnown);

        /// <summary>
        /// A text field's raw UTF-8 in place, and whether it is plain ASCII (no NUL): what a keyword scan needs to
        /// drop a row before reading the rest of it. An absent optional column is empty ASCII.
        /// </summary>
        [MethodImpl(HotPath.Optimize)]
        public ReadOnlySpan<byte> PeekUtf8(int column, out bool plainAscii)
        {
            int index = columnIndexes[column];
            if (index == AbsentColumn)
            {
                plainAscii = true;
                return default;
            }

            var utf8 = reader.GetSpan(index);
            plainAscii = Utf8Field.IsPlainAscii(utf8);
            return utf8;
        }

        public string GetRequired(int column)
        {
            string text = Get(column);
            if (text.Trim().Length == 0)
            {
                AddProblem(DataErrorIds.MissingValue, column, text, "a value is required");
            }

            return text;
        }

        /// <summary>
        /// A required id; when <paramref name="seenIds"/> is given, an id it refuses (a second use, a bundled id) is a
        /// DuplicateId, and an id not written in its plain form (<see cref="KeyComparer"/>) is a warning.
        /// </summary>
        public string GetId(int column, IdRegister? seenIds)
        {
            string id = GetRequired(column);
            string? refusal = seenIds != null && id.Length > 0 ? seenIds.Register(id) : null;
            if (refusal != null)
            {
                AddProblem(DataErrorIds.DuplicateId, column, id, refusal);
            }
            else if (seenIds != null)
            {
                WarnUnlessPlain(column, id);
            }

            return id;
        }

        /// <summary>
        /// A required claim topic; when <paramref name="spellings"/> is given, a topic not written in its plain form
        /// (<see cref="KeyComparer"/>), or written otherwise than on an earlier row, is a warning: it compares as one
        /// topic with the others, and the file should say so.
        /// </summary>
        public string GetTopic(int column, TopicSpellings? spellings)
        {
            string topic = GetRequired(column);
            if (spellings is null || topic.Trim().Length == 0 || WarnUnlessPlain(column, topic))
            {
                return topic;
            }

            if (spellings.EarlierSpelling(topic, RecordStart) is (string earlier, long earlierStart))
            {
                monitor.OnWarning(new DataFileException(DataErrorIds.TopicSpelledTwoWays, FilePath, Line, Columns[column], topic,
                    $"the topic '{topic}' is written '{earlier}' on line {lines.LineAt(earlierStart)}; topics ignore case, so both rows are on one topic: write it one way"));
            }

            return topic;
        }

        // True when it warned.
        private bool WarnUnlessPlain(int column, string key)
        {
            if (KeyComparer.WhyNotPlain(key) is not string why)
            {
                return false;
            }

            monitor.OnWarning(new DataFileException(DataErrorIds.KeyNotPlain, FilePath, Line, Columns[column], key,
                $"the {Columns[column]} has {why}; it is read as '{KeyComparer.Plain(key)}', as every comparison reads it: write it so"));
            return true;
        }

        public FuzzyDate GetDate(int column)
        {
            string text = Get(column);
            if (!FuzzyDate.TryParse(text, out var date, out string error))
            {
                AddProblem(DataErrorIds.InvalidDate, column, text, error + " (expected YYYY, YYYY-MM, YYYY-MM-DD, an interval A/B, '..' for an open end, '~' for about)");
            }

            return date;
        }

        public TEnum GetEnum<TEnum>(int column)
            where TEnum : struct
        {
            string text = Get(column);
            if (!ClosedSet<TEnum>.TryParse(text, out TEnum value))
            {
                AddProblem(DataErrorIds.UnknownValue, column, text, $"'{text}' is not one of {ClosedSet<TEnum>.Describe()}");
            }

            return value;
        }

        private decimal GetDecimal(int column, out string text)
        {
            text = Get(column);
            if (text.Length == 0 || !decimal.TryParse(text, PlainNumber, CultureInfo.InvariantCulture, out decimal value))
            {
                AddProblem(DataErrorIds.InvalidNumber, column, text, $"'{text}' is not a plain number such as 7000000000 or 5.31 (no thousands separators, no exponent, within ±79228162514264337593543950335)");
                return 0m;
            }

            // One way to write each number: "+205", "205.", "-0", "007" and digits past what a decimal keeps
            // (which would silently round) are all refused, so what is read is exactly what the file says.
            if (!string.Equals(value.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal))
            {
                AddProblem(DataErrorIds.InvalidNumber, column, text, $"'{text}' is not written in plain form; write it as {value.ToString(CultureInfo.InvariantCulture)}, with no sign for positive numbers, no leading zeros and at most 28 decimal places");
                return value;
            }

            return value;
        }

        /// <summary>A number in <paramref name="unit"/>: never negative; a Count or Rank is whole, and a Rank starts at 1.</summary>
        public decimal GetQuantity(int column, ValueUnit unit)
        {
            int problemsBefore = rowProblems.Count;
            decimal value = GetDecimal(column, out string text);
            if (rowProblems.Count > problemsBefore)
            {
                return value;
            }

            if (value < 0)
            {
                AddProblem(DataErrorIds.InvalidNumber, column, text, $"'{text}' is negative; a {unit} value cannot be");
            }
            else if ((unit == ValueUnit.Count || unit == ValueUnit.Rank) && decimal.Truncate(value) != value)
            {
                AddProblem(DataErrorIds.InvalidNumber, column, text, $"'{text}' is not a whole number, which a {unit} must be");
            }
            else if (unit == ValueUnit.Rank && value < 1)
            {
                AddProblem(DataErrorIds.InvalidNumber, column, text, "a rank starts at 1");
            }

            return value;
        }

        /// <summary>The source named in the field, or null (and a problem) when the catalog has no such source.</summary>
        public RelationsSource? GetSource(int column, Catalog catalog)
        {
            string id = GetRequired(column).Trim();
            if (id.Length == 0)
            {
                return null;
            }

            if (!catalog.Sources.TryGetValue(id, out var source))
            {
                AddProblem(DataErrorIds.UnknownSource, column, id, NoSuch("source", id, catalog.Sources.Keys));
                return null;
            }

            return source;
        }

        /// <summary>The actor ids of a '; '-list, spelled as the actors define them (ids ignore case).</summary>
        public DelimitedList GetActorIds(int column, Catalog catalog)
        {
            var ids = new List<string>();
            foreach (string id in DelimitedList.Split(Get(column)))
            {
                if (catalog.Actors.TryGetValue(id, out var actor))
                {
                    ids.Add(actor.Id);
                }
                else
                {
                    AddProblem(DataErrorIds.UnknownActor, column, id, NoSuch("actor", id, catalog.Actors.Keys));
                    ids.Add(id);
                }
            }

            return new DelimitedList(ids);
        }

        private static string NoSuch(string what, string id, IEnumerable<string> known)
        {
            string? meant = NameSuggestion.Closest(id, known);
            return meant is null ? $"no {what} has the Id '{id}'" : $"no {what} has the Id '{id}'; did you mean {meant}?";
        }

        public IReadOnlyList<Citation> GetCitations(int column, Catalog catalog, bool required)
        {
            var written = GetCitations(column, required);
            var citations = new List<Citation>(written.Count);
            foreach (var citation in written)
            {
                if (!catalog.Sources.TryGetValue(citation.SourceId, out var source))
                {
                    AddProblem(DataErrorIds.UnknownSource, column, citation.ToString(), NoSuch("source", citation.SourceId, catalog.Sources.Keys));
                    citations.Add(citation);
                    continue;
                }

                // Spelled as the source defines its id, so that every object shows one spelling.
                citations.Add(citation.SourceId == source.Id ? citation : new Citation(source.Id, citation.FirstParagraph, citation.LastParagraph));
                if (source.Paragraphs is int count && citation.LastParagraph > count)
                {
                    AddProblem(DataErrorIds.InvalidCitation, column, citation.ToString(),
                        string.Format(CultureInfo.InvariantCulture, "'{0}' cites past the end of the source, which has {1} paragraph{2} (sources.csv, Paragraphs)", citation, count, count == 1 ? string.Empty : "s"));
                }
            }

            return citations;
        }

        /// <summary>An optional whole number of at least 1 (a count of paragraphs); null when empty.</summary>
        public int? GetOptionalCount(int column)
        {
            string text = Get(column);
            if (text.Length == 0)
            {
                return null;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count) || count < 1
                || !string.Equals(count.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal))
            {
                AddProblem(DataErrorIds.InvalidNumber, column, text, $"'{text}' is not a whole number from 1, such as 21 (or leave it empty when unknown)");
                return null;
            }

            return count;
        }

        /// <summary>An optional web address: absolute http or https, or empty.</summary>
        public string GetOptionalUrl(int column)
        {
            string text = Get(column);
            if (text.Length > 0 && !(Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                AddProblem(DataErrorIds.InvalidUrl, column, text, $"'{text}' is not an absolute http or https address, such as https://www.example.org/article");
            }

            return text;
        }

        public IReadOnlyList<Citation> GetCitations(int column, bool required)
        {
            string text = Get(column);
            if (!Citation.TryParseList(text, out var citations, out string error))
            {
                AddProblem(DataErrorIds.InvalidCitation, column, text, error);
                return new Citation[0];
            }

            if (required && citations.Count == 0)
            {
                AddProblem(DataErrorIds.MissingValue, column, text, "at least one citation 'source-id ¶N' is required");
            }

            return citations;
        }

        /// <summary>Splits a '; '-separated list, dropping empty items.</summary>
        public DelimitedList GetList(int column) => DelimitedList.Parse(Get(column));

        public void AddProblem(string errorId, int column, string value, string reason)
        {
            // In a row with the wrong number of fields, the fields are not where the header says; what they
            // seem to hold would only mislead, so the row's one problem is its shape.
            if (rowProblems.Count > 0 && rowProblems[0].ErrorId == DataErrorIds.FieldCountMismatch)
            {
                return;
            }

            rowProblems.Add(new DataFileException(errorId, FilePath, Line, Columns[column], value, reason));
        }
    }
}
