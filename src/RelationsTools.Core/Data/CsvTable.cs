using System;
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
    /// </remarks>
    internal sealed partial class CsvTable : IDisposable
    {
        private static readonly CsvReaderOptions Dialect = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            AllowLineBreaksInQuotes = true,
        };

        private readonly CsvReader reader;
        private readonly int[] columnIndexes;

        private CsvTable(string filePath, CsvReader reader, IReadOnlyList<string> columns, int[] columnIndexes)
        {
            FilePath = filePath;
            this.reader = reader;
            Columns = columns;
            this.columnIndexes = columnIndexes;
        }

        public string FilePath { get; }

        /// <summary>The schema's columns, in the order <see cref="Get"/> takes their positions.</summary>
        public IReadOnlyList<string> Columns { get; }

        /// <summary>The 1-based line where the current record starts.</summary>
        public long Line => reader.LineNumber;

        /// <summary>Opens <paramref name="filePath"/> and checks that its header has every column of <paramref name="columns"/> once.</summary>
        public static CsvTable Open(string filePath, IReadOnlyList<string> columns)
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
                return new CsvTable(filePath, reader, columns, ResolveColumns(filePath, header, columns));
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }

        /// <summary>Moves to the next record; false at the end of the file.</summary>
        public bool Read()
        {
            try
            {
                return reader.Read();
            }
            catch (CsvFormatException e)
            {
                throw new DataFileException(DataErrorIds.MalformedCsv, FilePath, e.LineNumber, null, null, "malformed CSV: " + e.Message, e);
            }
        }

        /// <summary>The text of the schema column at <paramref name="column"/> (its position in <see cref="Columns"/>); empty when blank.</summary>
        public string Get(int column) => reader.GetString(columnIndexes[column]) ?? string.Empty;

        public void Dispose() => reader.Dispose();

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

        private static int[] ResolveColumns(string filePath, IReadOnlyList<string> header, IReadOnlyList<string> columns)
        {
            if (header.Count == 0 || (header.Count == 1 && header[0].Length == 0))
            {
                throw new DataFileException(DataErrorIds.EmptyFile, filePath, 0, null, null, "the file is empty; expected a header row: " + string.Join(",", columns));
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
                    throw new DataFileException(DataErrorIds.MissingColumn, filePath, 1, columns[i], null,
                        "the header has no such column; expected columns: " + string.Join(",", columns));
                }
            }

            return indexes;
        }
    }
}
