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
        private long rowsRead;

        private readonly int headerFieldCount;
        private readonly ReadMonitor monitor;
        private readonly long fileLength;

        private CsvTable(string filePath, CsvReader reader, IReadOnlyList<string> columns, int[] columnIndexes, int headerFieldCount, ReadMonitor monitor, long fileLength)
        {
            this.monitor = monitor;
            this.fileLength = fileLength;
            this.headerFieldCount = headerFieldCount;
            FilePath = filePath;
            this.reader = reader;
            lines = new LineCounter(filePath);
            Columns = columns;
            this.columnIndexes = columnIndexes;
        }

        public string FilePath { get; }

        /// <summary>The schema's columns, in the order <see cref="Get"/> takes their positions.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The 1-based line where the current record starts (counted only when asked: see <see cref="LineCounter"/>).</summary>
        public long Line => lines.LineAt(reader.ByteOffset);

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
            Stream stream;
            try
            {
                stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                throw new DataFileException(DataErrorIds.DataFileUnreadable, filePath, 0, null, null, "cannot be read: " + e.Message, e);
            }

            var reader = CsvReader.Create(stream, Dialect, leaveOpen: false);
            try
            {
                IReadOnlyList<string> header = ReadHeader(filePath, reader);
                var table = new CsvTable(filePath, reader, schema.Columns, ResolveColumns(filePath, header, schema, out var unknown), header.Count, sink, stream.Length);
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

        /// <summary>Moves to the next record; false at the end of the file.</summary>
        [MethodImpl(HotPath.Optimize)]
        public bool Read()
        {
            rowProblems.Clear();
            bool read;
            try
            {
                read = reader.Read();
            }
            catch (CsvFormatException e)
            {
                throw FileProblem(e, LineOfMalformedRecord(FilePath));
            }

            if (read)
            {
                rowsRead++;
                if ((rowsRead & (ReadMonitor.RowsPerProgressReport - 1)) == 0 && monitor.OnProgress != null && fileLength > 0)
                {
                    monitor.OnProgress(FilePath, Math.Min(1.0, reader.ByteOffset / (double)fileLength));
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
            reader.Dispose();
            lines.Dispose();
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
