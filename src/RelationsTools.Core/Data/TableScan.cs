using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// Reads a table's rows, on several threads when its file is large: the file is cut into pieces at line
    /// breaks, each piece is read by a reader of its own, and what each gives (its rows, its bad rows, the ids it
    /// met) is handed on in file order, so the caller gets exactly what one reader would have given, in the same order.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The first piece is read on the caller's thread and streamed, so the first rows come at once. The rest is
    /// split only when the read kept few of that piece's rows (<see cref="ScanPlan.MostKept"/>): a read that keeps
    /// most rows is bound by its caller, and goes on as one reader.
    /// </para>
    /// <para>
    /// A cut is a guess: the line break before it may be inside a quoted field. So each piece is read on to the
    /// first record that starts at or after its end, and that record must start exactly there. When it starts
    /// later, the cut was inside a record: the piece has read that record whole, the pieces cut inside it are
    /// thrown away, and one piece from where the next record truly starts takes their place (unless that record
    /// starts with bytes a reader would take for a byte order mark). When a piece cannot be read at all (broken
    /// quoting, a record too long, a file that changed), or no piece can start at the next record, the rest of
    /// the file is read on the caller's thread from the piece's start, which is a record boundary, so the error
    /// that stops the read, with its line, and the rows before it are the ones a single reader gives.
    /// </para>
    /// <para>
    /// Pieces run ahead of the caller by at most one per thread, so memory holds a few pieces' rows, not the
    /// file's. Bad rows and warnings are held with the rows and sent to the caller's sink on the caller's thread
    /// (a cmdlet can only write its errors there), and progress is reported as each piece is handed on.
    /// </para>
    /// </remarks>
    internal static class TableScan
    {
        /// <summary>Reads the rows of an open table (or of one piece of its file), sending bad rows to the sink and every id read to the set.</summary>
        public delegate IEnumerable<T> RowReader<T>(CsvTable table, ReadMonitor sink, ISet<string>? everyId);

        public static IEnumerable<T> Read<T>(string filePath, TableSchema schema, ReadMonitor sink, ISet<string>? everyId, ScanPlan plan, RowReader<T> readRows)
        {
            using var table = CsvTable.Open(filePath, schema, sink);
            if (!plan.Splits(table.FileLength) || !table.OffsetsAreFileBytes)
            {
                foreach (var row in readRows(table, sink, everyId))
                {
                    yield return row;
                }

                yield break;
            }

            // The first piece is read here, streamed as one reader streams it, so the first rows come at once; what
            // share of its rows the read keeps decides whether the rest is worth splitting.
            table.StopAt(plan.ChunkBytes);
            long kept = 0;
            foreach (var row in readRows(table, sink, everyId))
            {
                kept++;
                yield return row;
            }

            if (table.NextRecordStart is not long afterFirstPiece)
            {
                yield break;
            }

            if (kept > plan.MostKept * table.RowsRead || !CsvTable.MayStartRangeAt(filePath, afterFirstPiece))
            {
                table.ReadOnToTheEnd();
                foreach (var row in readRows(table, sink, everyId))
                {
                    yield return row;
                }

                yield break;
            }

            using var lines = new LineCounter(filePath);
            var pieces = Cut<T>(filePath, afterFirstPiece, table.FileLength, plan.ChunkBytes);
            var started = new List<Piece<T>>();
            try
            {
                for (int i = 0; i < pieces.Count; i++)
                {
                    for (int ahead = i; ahead < pieces.Count && ahead <= i + plan.Threads; ahead++)
                    {
                        if (pieces[ahead].Start(table, lines, readRows, everyId != null))
                        {
                            started.Add(pieces[ahead]);
                        }
                    }

                    var piece = pieces[i];
                    piece.Wait();
                    bool cutInsideRecord = piece.To != long.MaxValue && piece.NextRecordStart != piece.To;

                    // A piece that could not be read, or after which the next record starts with what a reader would take
                    // for a byte order mark (so no piece can start there), leaves the rest of the file to one reader.
                    if (piece.Failed || (cutInsideRecord && piece.NextRecordStart is long next && !CsvTable.MayStartRangeAt(filePath, next)))
                    {
                        // Its start is a record boundary, so what stopped it is in the file: read on from there as one reader would, to meet it in order.
                        using var rest = table.OpenRange(piece.From, long.MaxValue, lines, sink);
                        foreach (var row in readRows(rest, sink, everyId))
                        {
                            yield return row;
                        }

                        yield break;
                    }

                    foreach (var entry in piece.TakeEntries())
                    {
                        if (entry.Problem is null)
                        {
                            yield return entry.Row;
                        }
                        else if (entry.IsWarning)
                        {
                            sink.OnWarning(entry.Problem);
                        }
                        else
                        {
                            sink.OnBadRow(entry.Problem);
                        }
                    }

                    if (everyId != null)
                    {
                        everyId.UnionWith(piece.Ids!);
                    }

                    if (cutInsideRecord)
                    {
                        Recut(pieces, i, piece.NextRecordStart);
                    }

                    sink.OnProgress?.Invoke(filePath, i + 1 < pieces.Count ? pieces[i + 1].From / (double)table.FileLength : 1.0);
                }
            }
            finally
            {
                // A caller that stops early (Select-Object -First, Ctrl+C, an error it stops on) leaves no reader running.
                foreach (var piece in started)
                {
                    piece.Abandon();
                }

                foreach (var piece in started)
                {
                    piece.Wait();
                }
            }
        }

        /// <summary>
        /// After piece <paramref name="index"/> found that the next cut was inside a record and read on to
        /// <paramref name="nextRecord"/>, where the next record truly starts (null: the file ended inside that record):
        /// the pieces that start before it are thrown away, and one piece from it to the next cut takes their place.
        /// </summary>
        private static void Recut<T>(List<Piece<T>> pieces, int index, long? nextRecord)
        {
            int kept = index + 1;
            while (kept < pieces.Count && (nextRecord is null || pieces[kept].From < nextRecord))
            {
                pieces[kept].Abandon();
                kept++;
            }

            pieces.RemoveRange(index + 1, kept - index - 1);
            long to = index + 1 < pieces.Count ? pieces[index + 1].From : long.MaxValue;
            if (nextRecord is long from && from < to)
            {
                pieces.Insert(index + 1, new Piece<T>(from, to));
            }
        }

        /// <summary>
        /// The pieces of the file from <paramref name="dataStart"/> (a record boundary), each about <paramref name="chunkBytes"/> long, cut
        /// just after a line break where the next byte may start a range (<see cref="CsvTable.MayStartRange"/>).
        /// </summary>
        private static List<Piece<T>> Cut<T>(string filePath, long dataStart, long fileLength, long chunkBytes)
        {
            var starts = new List<long> { dataStart };
            using (var stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1))
            {
                var buffer = new byte[4096];
                for (long from = dataStart + chunkBytes; from < fileLength; )
                {
                    long cut = NextCut(stream, buffer, from);
                    if (cut < 0)
                    {
                        break;
                    }

                    starts.Add(cut);
                    from = cut + chunkBytes;
                }
            }

            var pieces = new List<Piece<T>>(starts.Count);
            for (int i = 0; i < starts.Count; i++)
            {
                pieces.Add(new Piece<T>(starts[i], i + 1 < starts.Count ? starts[i + 1] : long.MaxValue));
            }

            return pieces;
        }

        // The offset just after the first line break at or after `from` that a range may start at, or -1 when there is none.
        private static long NextCut(Stream stream, byte[] buffer, long from)
        {
            stream.Position = from;
            long bufferStart = from;
            int count = 0;
            while (true)
            {
                int read = stream.Read(buffer, count, buffer.Length - count);
                count += read;
                // The byte after a line break must be in the buffer too, so the last byte waits for the next read.
                for (int i = 0; i + 1 < count; i++)
                {
                    if (buffer[i] == (byte)'\n' && CsvTable.MayStartRange(buffer[i + 1]))
                    {
                        return bufferStart + i + 1;
                    }
                }

                if (read <= 0)
                {
                    return -1;
                }

                buffer[0] = buffer[count - 1];
                bufferStart += count - 1;
                count = 1;
            }
        }

        private readonly struct Entry<T>
        {
            public Entry(T row, DataFileException? problem, bool isWarning)
            {
                Row = row;
                Problem = problem;
                IsWarning = isWarning;
            }

            public T Row { get; }

            public DataFileException? Problem { get; }

            public bool IsWarning { get; }
        }

        /// <summary>One piece of the file, read on a thread of its own, and what reading it gave.</summary>
        private sealed class Piece<T>
        {
            private Task? work;
            private volatile bool abandoned;
            private List<Entry<T>> entries = new List<Entry<T>>();

            public Piece(long from, long to)
            {
                From = from;
                To = to;
            }

            public long From { get; }

            /// <summary>Where the next piece was cut; <see cref="long.MaxValue"/> for the last.</summary>
            public long To { get; }

            /// <summary>True when the piece could not be read: broken quoting, a record too long, a file that changed.</summary>
            public bool Failed { get; private set; }

            /// <summary>Where the first record at or after <see cref="To"/> starts; null when the file ended first.</summary>
            public long? NextRecordStart { get; private set; }

            public HashSet<string>? Ids { get; private set; }

            /// <summary>Starts reading the piece on the thread pool; false when it was started before.</summary>
            public bool Start(CsvTable header, LineCounter lines, RowReader<T> readRows, bool collectIds)
            {
                if (work != null)
                {
                    return false;
                }

                work = Task.Run(() => Read(header, lines, readRows, collectIds));
                return true;
            }

            public void Wait() => work!.Wait();

            /// <summary>Tells the piece's thread to stop at its next row: its rows will not be wanted.</summary>
            public void Abandon() => abandoned = true;

            /// <summary>What the piece gave, in file order, handed over once.</summary>
            public List<Entry<T>> TakeEntries()
            {
                var taken = entries;
                entries = new List<Entry<T>>();
                return taken;
            }

            private void Read(CsvTable header, LineCounter lines, RowReader<T> readRows, bool collectIds)
            {
                try
                {
                    var sink = new ReadMonitor(
                        problem => entries.Add(new Entry<T>(default!, problem, isWarning: false)),
                        warning => entries.Add(new Entry<T>(default!, warning, isWarning: true)),
                        onFileRead: header.Monitor.OnFileRead);
                    Ids = collectIds ? new HashSet<string>(RelationsId.Comparer) : null;
                    using var table = header.OpenRange(From, To, lines, sink);
                    foreach (var row in readRows(table, sink, Ids))
                    {
                        if (abandoned)
                        {
                            return;
                        }

                        entries.Add(new Entry<T>(row, null, false));
                    }

                    NextRecordStart = table.NextRecordStart;
                }
                catch (Exception e) when (!(e is OutOfMemoryException))
                {
                    // Whatever it was, reading on from this piece's start on one thread meets it again, in order.
                    Failed = true;
                }
            }
        }
    }
}
