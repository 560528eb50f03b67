using System;
using System.Runtime.CompilerServices;
using System.Collections.Generic;
using System.IO;
using CsvHelper;

namespace RelationsTools.Data
{
    /// <summary>
    /// One data file read with CsvHelper under the dataset's fixed dialect: comma separator, UTF-8,
    /// RFC 4180 quoting, header row. Columns are found by name, so their order does not matter.
    /// </summary>
    /// <remarks>
    /// The dialect is fixed rather than detected: a file saved with ';' by a spreadsheet in a German
    /// locale must fail loudly at its header, not be half-read with the wrong separator.
    /// Problems with one field are collected for the current row (see <see cref="RowProblems"/>), so a
    /// reader can report every bad field of a row and go on with the next; problems with the file as
    /// a whole are thrown.
    /// </remarks>
    internal sealed partial class CsvTable : IDisposable
    {
        /// <summary>Far above any real table; a file wider than this is not a data file of ours.</summary>
        public const int MaxColumns = 1000;

        /// <summary>A record longer than this is refused rather than buffered: a 5 MB field is an accident or an attack.</summary>
        public const int MaxRecordBytes = 1 << 20;

        // The index of an optional column the file does not have.
        private const int AbsentColumn = -1;

        private static readonly CsvReaderOptions Dialect = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            AllowLineBreaksInQuotes = true,
            MaxRecordSize = MaxRecordBytes,
        };

        private readonly CsvReader reader;
        private readonly int[] columnIndexes;
        private readonly List<DataFileException> rowProblems = new List<DataFileException>();
        private readonly LineCounter lines;
        private readonly bool ownsLines;
        private long rowsRead;

        private readonly int headerFieldCount;
        private readonly ReadMonitor monitor;

        // Where the reader's input starts in the file, and the offset of the first record it must not read (see OpenRange, StopAt).
        private readonly long rangeStart;
        private long rangeEnd;

        // The record Read stopped at, at the end of a range, to be the next one read once the range is lifted (ReadOnToTheEnd).
        private bool recordHeldBack;

        private CsvTable(string filePath, CsvReader reader, IReadOnlyList<string> columns, int[] columnIndexes, int headerFieldCount, ReadMonitor monitor, long fileLength,
            long rangeStart = 0, long rangeEnd = long.MaxValue, LineCounter? sharedLines = null)
        {
            this.monitor = monitor;
            FileLength = fileLength;
            this.headerFieldCount = headerFieldCount;
            FilePath = filePath;
            this.reader = reader;
            this.rangeStart = rangeStart;
            this.rangeEnd = rangeEnd;
            ownsLines = sharedLines is null;
            lines = sharedLines ?? new LineCounter(filePath);
            Columns = columns;
            this.columnIndexes = columnIndexes;
        }

        public string FilePath { get; }

        public long FileLength { get; }

        /// <summary>
        /// False for a UTF-16 or UTF-32 file (a spreadsheet's "Unicode text"), which the reader transcodes and counts
        /// in UTF-8 bytes: its record offsets are not places in the file, so it cannot be split into ranges.
        /// </summary>
        public bool OffsetsAreFileBytes { get; private set; } = true;

        /// <summary>The offset in the file where the current record starts (see <see cref="OffsetsAreFileBytes"/>).</summary>
        public long RecordStart => rangeStart + reader.ByteOffset;

        /// <summary>
        /// Once <see cref="Read"/> has stopped at the end of a range (<see cref="OpenRange"/>): where the first record
        /// at or after that end starts, which is the end itself when the range ended on a record boundary. Null
        /// while reading, and when the file ended first.
        /// </summary>
        public long? NextRecordStart { get; private set; }

        /// <summary>The records read so far, the current one included.</summary>
        public long RowsRead => rowsRead;

        /// <summary>Where the table reports, so that a piece of its file read on another thread reports its rows read there too.</summary>
        internal ReadMonitor Monitor => monitor;

        /// <summary>Makes <see cref="Read"/> stop at the first record that starts at or after <paramref name="offset"/>, as a range's end does.</summary>
        public void StopAt(long offset) => rangeEnd = offset;

        /// <summary>After <see cref="Read"/> stopped at the end of the range: reads on to the end of the file, from the record it stopped at.</summary>
        public void ReadOnToTheEnd()
        {
            rangeEnd = long.MaxValue;
            recordHeldBack = NextRecordStart != null;
            NextRecordStart = null;
        }

        /// <summary>The schema's columns, in the order <see cref="Get"/> takes their positions.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The 1-based line where the current record starts (counted only when asked: see <see cref="LineCounter"/>).</summary>
        public long Line => lines.LineAt(RecordStart);

        /// <summary>What is wrong with the fields of the current row read so far.</summary>
        public IReadOnlyList<DataFileException> RowProblems => rowProblems;

        public bool RowIsValid => rowProblems.Count == 0;

        /// <summary>False for an optional column the file does not have (it reads as empty).</summary>
        public bool HasColumn(int column) => columnIndexes[column] != AbsentColumn;

        /// <summary>
        /// Opens <paramref name="filePath"/> and checks that its header has every required column of <paramref name="schema"/>
        /// once (an optional one may be absent). Unknown extra columns are reported to <paramref name="sink"/> as one warning and ignored.
        /// </summary>
        public static CsvTable Open(string filePath, TableSchema schema, ReadMonitor sink)
        {
            Stream? stream = null;
            bool wide;
            try
            {
                stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
                wide = StartsWithWideByteOrderMark(stream);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                stream?.Dispose();
                throw new DataFileException(DataErrorIds.DataFileUnreadable, filePath, 0, null, null, "cannot be read: " + e.Message, e);
            }

            var reader = CsvReader.Create(stream, Dialect, leaveOpen: false);
            try
            {
                IReadOnlyList<string> header = ReadHeader(filePath, reader);
                var table = new CsvTable(filePath, reader, schema.Columns, ResolveColumns(filePath, header, schema, out var unknown), header.Count, sink, stream.Length)
                {
                    OffsetsAreFileBytes = !wide,
                };
                if (unknown.Count > 0)
                {
                    sink.OnWarning(new DataFileException(DataErrorIds.UnknownColumn, filePath, 1, unknown[0], string.Join(",", unknown),
                        $"unknown column(s) ignored: {string.Join(", ", unknown)}"));
                }

                return table;
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }

        /// <summary>
        /// The records of this table's file from the one starting at byte <paramref name="start"/>, under this table's
        /// header, up to the first record that starts at or after <paramref name="end"/> (see <see cref="NextRecordStart"/>),
        /// reporting their lines through <paramref name="sharedLines"/> and their progress to <paramref name="sink"/>.
        /// </summary>
        /// <remarks>
        /// <paramref name="start"/> must be where a record starts, and must not look like a byte order mark (which
        /// would change how the rest is decoded): a NUL, 0xEF, 0xFE or 0xFF byte there is refused.
        /// </remarks>
        public CsvTable OpenRange(long start, long end, LineCounter sharedLines, ReadMonitor sink)
        {
            var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            try
            {
                if (!MayStartRangeAt(stream, start))
                {
                    throw new ArgumentException($"byte {start} of {FilePath} cannot start a range: a reader would take it for a byte order mark", nameof(start));
                }
            }
            catch
            {
                stream.Dispose();
                throw;
            }

            var reader = CsvReader.Create(stream, Dialect with { HasHeader = false }, leaveOpen: false);
            return new CsvTable(FilePath, reader, Columns, columnIndexes, headerFieldCount, sink, FileLength, start, end, sharedLines);
        }

        // The byte order marks that make the reader decode UTF-16 or UTF-32 (FF FE also starts UTF-32 LE's).
        private static bool StartsWithWideByteOrderMark(Stream stream)
        {
            var start = new byte[4];
            int read = 0;
            for (int n; read < start.Length && (n = stream.Read(start, read, start.Length - read)) > 0; )
            {
                read += n;
            }

            stream.Position = 0;
            return (read >= 2 && ((start[0] == 0xFF && start[1] == 0xFE) || (start[0] == 0xFE && start[1] == 0xFF)))
                || (read == 4 && start[0] == 0 && start[1] == 0 && start[2] == 0xFE && start[3] == 0xFF);
        }

        /// <summary>Whether a range of the file may start at <paramref name="offset"/> (see <see cref="MayStartRange"/>).</summary>
        public static bool MayStartRangeAt(string filePath, long offset)
        {
            using var stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            return MayStartRangeAt(stream, offset);
        }

        // Reads the byte at the offset and leaves the stream there.
        private static bool MayStartRangeAt(Stream stream, long offset)
        {
            stream.Position = offset;
            bool mayStart = MayStartRange(stream.ReadByte());
            stream.Position = offset;
            return mayStart;
        }

        /// <summary>
        /// Whether a range may start at a byte: not the end of the file, not a line break (a blank line is no record),
        /// and not the first byte of any byte order mark.
        /// </summary>
        public static bool MayStartRange(int firstByte)
            => firstByte >= 0 && firstByte != 0 && firstByte != '\r' && firstByte != '\n' && firstByte != 0xEF && firstByte != 0xFE && firstByte != 0xFF;

        /// <summary>Moves to the next record; false at the end of the file, or of the range (<see cref="OpenRange"/>).</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool Read()
        {
            rowProblems.Clear();
            bool read = true;
            try
            {
                if (recordHeldBack)
                {
                    recordHeldBack = false;
                }
                else
                {
                    read = reader.Read();
                }
            }
            catch (CsvFormatException e)
            {
                throw FileProblem(e, LineOfMalformedRecord(FilePath));
            }

            if (read)
            {
                // Only a range's end needs the record's offset on every row: a whole file's read asks it once per progress report.
                if (rangeEnd != long.MaxValue && RecordStart >= rangeEnd)
                {
                    NextRecordStart = RecordStart;
                    return false;
                }

                rowsRead++;
                if ((rowsRead & (ReadMonitor.RowsPerProgressReport - 1)) == 0 && monitor.OnProgress != null && FileLength > 0)
                {
                    monitor.OnProgress(FilePath, Math.Min(1.0, RecordStart / (double)FileLength));
                }

                // A row with more fields than the header would lose the extra ones (an unquoted comma in a
                // note, say), and a short row would read its missing fields as blank: both are the row's problem.
                if (reader.FieldCount != headerFieldCount)
                {
                    rowProblems.Add(new DataFileException(DataErrorIds.FieldCountMismatch, FilePath, Line, null, null,
                        $"the row has {reader.FieldCount} fields but the header has {headerFieldCount} (a comma in an unquoted field?)"));
                }
            }

            // A header with no rows is a table with nothing in it yet, as New-RelationsDataset -Empty writes one.
            return read;
        }

        /// <summary>
        /// The text of the schema column at <paramref name="column"/> (its position in <see cref="Columns"/>); empty when blank.
        /// Text that cannot be real data (a NUL, or bytes that are not UTF-8) is a problem of the row.
        /// </summary>
        public string Get(int column)
        {
            int index = columnIndexes[column];
            if (index == AbsentColumn)
            {
                return string.Empty;
            }

            string text = reader.GetString(index) ?? string.Empty;
            if (IsReadableText(text))
            {
                return text;
            }

            if (text.IndexOf('\0') >= 0)
            {
                AddProblem(DataErrorIds.InvalidText, column, text.Replace("\0", "\\0"), "contains a NUL character");
            }
            else
            {
                AddProblem(DataErrorIds.InvalidText, column, text, "contains bytes that are not valid UTF-8 (save the file as UTF-8)");
            }

            return text;
        }

        /// <summary>Text that can be real data: no NUL, and no U+FFFD, which is what bytes that are not UTF-8 decode to.</summary>
        private static bool IsReadableText(string text) => text.IndexOf('\0') < 0 && text.IndexOf('\uFFFD') < 0;

        /// <summary>Sends each problem of the current row to <paramref name="sink"/>; true when there were any, so the row is skipped.</summary>
        public bool ReportRowProblems(ReadMonitor sink)
        {
            if (rowProblems.Count == 0)
            {
                return false;
            }

            foreach (var problem in rowProblems.ToArray())
            {
                sink.OnBadRow(problem);
            }

            return true;
        }

        public void Dispose()
        {
            monitor.OnFileRead?.Invoke(FilePath, rowsRead);
            reader.Dispose();
            if (ownsLines)
            {
                lines.Dispose();
            }
        }

        private DataFileException FileProblem(CsvFormatException e, long line)
        {
            bool tooLarge = e.Message.IndexOf("too large", StringComparison.OrdinalIgnoreCase) >= 0
                || e.Message.IndexOf("MaxRecordSize", StringComparison.OrdinalIgnoreCase) >= 0;
            return tooLarge
                ? new DataFileException(DataErrorIds.RecordTooLarge, FilePath, line, null, null, $"a record is longer than {MaxRecordBytes / 1024} KiB; no field of a data file is that long", e)
                : new DataFileException(DataErrorIds.MalformedCsv, FilePath, line, null, null,
                    "malformed CSV: " + WhatIsMalformed(e.Message) + " (a field with a comma, quote or line break is written in double quotes, with any quote inside doubled)", e);
        }

        // CsvHelper's message counts records and bytes ("Malformed CSV in record 5: ... (byte offset 1284)");
        // ours already names the line, so keep only what is wrong.
        private static string WhatIsMalformed(string message)
        {
            var match = System.Text.RegularExpressions.Regex.Match(message, @"^Malformed CSV in record \d+: (?<what>.+?)(?: \(byte offset \d+\))?\.?$");
            return match.Success ? match.Groups["what"].Value : message;
        }

        // The reader's offset for broken quoting can point past the record (an unclosed quote runs to the end
        // of the file). The file is broken and the read is over, so read it once more, counting lines, to name
        // the line where the bad record starts.
        private static long LineOfMalformedRecord(string filePath)
        {
            try
            {
                using var recount = CsvReader.Create(File.OpenRead(filePath), Dialect with { TrackLineNumbers = true }, leaveOpen: false);
                while (recount.Read())
                {
                }
            }
            catch (CsvFormatException e)
            {
                return e.LineNumber;
            }

            return 0;
        }

        private static IReadOnlyList<string> ReadHeader(string filePath, CsvReader reader)
        {
            try
            {
                reader.ReadHeader();
                return reader.Headers;
            }
            catch (CsvFormatException e)
            {
                throw new DataFileException(DataErrorIds.MalformedCsv, filePath, 1, null, null, "malformed CSV header: " + e.Message, e);
            }
        }

        private static int[] ResolveColumns(string filePath, IReadOnlyList<string> header, TableSchema schema, out List<string> unknown)
        {
            var columns = schema.Columns;
            if (header.Count == 0 || (header.Count == 1 && header[0].Trim().Length == 0))
            {
                throw new DataFileException(DataErrorIds.EmptyFile, filePath, 0, null, null, "the file is empty; expected a header row: " + string.Join(",", columns));
            }

            if (header.Count > MaxColumns)
            {
                throw new DataFileException(DataErrorIds.TooManyColumns, filePath, 1, null, null, $"the header has {header.Count} columns; a data file has at most {MaxColumns}");
            }

            if (header.Count == 1 && header[0].IndexOf(';') >= 0)
            {
                throw new DataFileException(DataErrorIds.WrongDelimiter, filePath, 1, null, header[0],
                    "the header is separated by ';' (a spreadsheet's regional setting?); data files are comma-separated");
            }

            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (int i = 0; i < header.Count; i++)
            {
                string name = header[i].Trim();
                if (seen.ContainsKey(name))
                {
                    throw new DataFileException(DataErrorIds.DuplicateColumn, filePath, 1, name, name, "the header names this column twice");
                }

                seen.Add(name, i);
            }

            var indexes = new int[columns.Count];
            for (int i = 0; i < columns.Count; i++)
            {
                if (!seen.TryGetValue(columns[i], out indexes[i]))
                {
                    if (schema.IsOptional(columns[i]))
                    {
                        indexes[i] = AbsentColumn;
                        continue;
                    }

                    throw new DataFileException(DataErrorIds.MissingColumn, filePath, 1, columns[i], null,
                        "the header has no such column; expected columns: " + schema.Describe());
                }

                seen.Remove(columns[i]);
            }

            unknown = new List<string>(seen.Keys);
            return indexes;
        }
    }
}
