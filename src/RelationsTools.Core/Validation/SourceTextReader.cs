using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using RelationsTools.Data;

namespace RelationsTools.Validation
{
    /// <summary>
    /// Reads a source text: a header of <c>key: value</c> lines, a blank line, then paragraphs, each starting
    /// with <c>[N]</c> at the start of a line and running until the next marker. The header is not checked:
    /// what the citations need is the paragraphs.
    /// </summary>
    /// <remarks>
    /// Encoding: UTF-8, with or without a byte order mark (the mark is dropped). A file with a UTF-16 byte order
    /// mark is read as UTF-16, as the data files are: Windows PowerShell 5.1 writes UTF-16 with `>` and
    /// Out-File, and the mark says unambiguously what the bytes are. Anything else must be UTF-8: a NUL
    /// (UTF-16 without its mark, or a binary file) or bytes that are not UTF-8 refuse the text.
    /// </remarks>
    internal static class SourceTextReader
    {
        /// <summary>Far above any article (the longest bundled one is 11 KB); a larger file is not a text of ours.</summary>
        public const long MaxBytes = 16L << 20;

        private const int MaxParagraphDigits = 5;

        /// <summary>
        /// The text of <paramref name="filePath"/>, or null when it cannot be used; each problem goes to
        /// <paramref name="sink"/> as a bad row, so the citations of a refused text are not checked against it.
        /// </summary>
        public static SourceText? Read(string filePath, ReadMonitor sink)
        {
            byte[] bytes;
            try
            {
                long length = new FileInfo(filePath).Length;
                if (length > MaxBytes)
                {
                    sink.OnBadRow(Problem(DataErrorIds.TextTooLarge, filePath, 0, null,
                        string.Format(CultureInfo.InvariantCulture, "the text is {0:N0} bytes; a source text is at most {1} MiB", length, MaxBytes >> 20)));
                    return null;
                }

                bytes = File.ReadAllBytes(filePath);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                sink.OnBadRow(new DataFileException(DataErrorIds.DataFileUnreadable, filePath, 0, null, null, "cannot be read: " + e.Message, e));
                return null;
            }

            string text = Decode(bytes, out string encodingName);
            if (FindUnusable(text, encodingName) is { } unusable)
            {
                sink.OnBadRow(Problem(DataErrorIds.InvalidText, filePath, LineOf(text, unusable.Index), null, unusable.Reason));
                return null;
            }

            return Parse(text, filePath, sink);
        }

        private static string Decode(byte[] bytes, out string encodingName)
        {
            // Lenient decoders: a byte they cannot read becomes U+FFFD, which is then reported with its line.
            if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
            {
                encodingName = "UTF-16";
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
            {
                encodingName = "UTF-16";
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetString(bytes, 2, bytes.Length - 2);
            }

            encodingName = "UTF-8";
            int start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetString(bytes, start, bytes.Length - start);
        }

        private static (int Index, string Reason)? FindUnusable(string text, string encodingName)
        {
            int nul = text.IndexOf('\0');
            if (nul >= 0)
            {
                return (nul, "contains a NUL character (UTF-16 without a byte order mark, or not a text at all); save the text as UTF-8");
            }

            int invalid = text.IndexOf('\uFFFD');
            return invalid >= 0 ? (invalid, $"contains bytes that are not valid {encodingName}; save the text as UTF-8") : null;
        }

        private static SourceText? Parse(string text, string filePath, ReadMonitor sink)
        {
            var paragraphs = new SortedDictionary<int, string>();
            var lines = new Dictionary<int, long>();
            var current = new StringBuilder();
            int currentNumber = 0;
            long lineNumber = 0;
            int position = 0;
            while (position <= text.Length)
            {
                string line = NextLine(text, ref position);
                lineNumber++;
                if (TryMarker(line, out int number, out int textStart))
                {
                    if (number == 0 || number <= currentNumber)
                    {
                        string reason = number == 0
                            ? "paragraph [0]: paragraphs are numbered from [1]"
                            : lines.TryGetValue(number, out long first)
                                ? string.Format(CultureInfo.InvariantCulture, "paragraph [{0}] appears twice (first at line {1}); each [N] marks one paragraph", number, first)
                                : string.Format(CultureInfo.InvariantCulture, "paragraph [{0}] comes after [{1}]; paragraph numbers go up through the text", number, currentNumber);
                        sink.OnBadRow(Problem(DataErrorIds.InvalidParagraphNumber, filePath, lineNumber, Marker(line, textStart), reason));
                        return null;
                    }

                    Close(paragraphs, currentNumber, current);
                    currentNumber = number;
                    lines[number] = lineNumber;
                    current.Append(line, textStart, line.Length - textStart);
                }
                else if (currentNumber > 0)
                {
                    current.Append('\n').Append(line);
                }
            }

            Close(paragraphs, currentNumber, current);
            if (paragraphs.Count == 0)
            {
                sink.OnBadRow(Problem(DataErrorIds.NoParagraphs, filePath, 0, null,
                    "the text has no paragraph markers; start each paragraph with [1], [2], ... at the beginning of a line (after a header of 'key: value' lines and a blank line)"));
                return null;
            }

            return new SourceText(filePath, paragraphs, lines);
        }

        private static void Close(SortedDictionary<int, string> paragraphs, int number, StringBuilder text)
        {
            if (number > 0)
            {
                paragraphs[number] = text.ToString().Trim();
            }

            text.Clear();
        }

        // CR, LF and CRLF each end a line, as for the data files.
        private static string NextLine(string text, ref int position)
        {
            int start = position;
            while (position < text.Length && text[position] != '\n' && text[position] != '\r')
            {
                position++;
            }

            string line = text.Substring(start, position - start);
            if (position < text.Length && text[position] == '\r' && position + 1 < text.Length && text[position + 1] == '\n')
            {
                position++;
            }

            position++;
            return line;
        }

        // "[12]" at the very start of the line, any text after it.
        private static bool TryMarker(string line, out int number, out int textStart)
        {
            number = 0;
            textStart = 0;
            if (line.Length < 3 || line[0] != '[')
            {
                return false;
            }

            int i = 1;
            while (i < line.Length && line[i] >= '0' && line[i] <= '9')
            {
                number = (number * 10) + (line[i] - '0');
                i++;
                if (i > MaxParagraphDigits)
                {
                    return false;
                }
            }

            if (i == 1 || i >= line.Length || line[i] != ']')
            {
                return false;
            }

            textStart = i + 1;
            return true;
        }

        private static string Marker(string line, int textStart) => line.Substring(0, textStart);

        private static long LineOf(string text, int index)
        {
            long line = 1;
            for (int i = 0; i < index; i++)
            {
                if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
                {
                    line++;
                }
            }

            return line;
        }

        private static DataFileException Problem(string errorId, string filePath, long line, string? value, string reason)
            => new DataFileException(errorId, filePath, line, null, value, reason);
    }
}
