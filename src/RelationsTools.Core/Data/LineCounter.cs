using System;
using System.Collections.Generic;
using System.IO;

namespace RelationsTools.Data
{
    /// <summary>
    /// Finds the line of a byte offset in a file, only when an error needs it. Counting lines for every
    /// record costs a quarter of a bare scan's time; errors are rare, so they pay for the counting alone.
    /// </summary>
    /// <remarks>
    /// It counts on from the last answer, and keeps what it counted every megabyte, so
    /// that an offset before the last answer counts on from the checkpoint before it rather than from the start:
    /// the readers of a file split between threads (<see cref="TableScan"/>) share one counter and ask in any
    /// order, and all their errors together still cost about one pass over the file. It is safe to share.
    /// </remarks>
    internal sealed class LineCounter : IDisposable
    {
        public const long DefaultCheckpointBytes = 1 << 20;

        private readonly string filePath;
        private readonly long checkpointBytes;
        private readonly object gate = new object();
        private readonly byte[] buffer = new byte[1 << 16];

        // The count at every multiple of checkpointBytes reached so far, in order.
        private readonly List<Position> checkpoints = new List<Position> { default };
        private Stream? stream;
        private Position at;

        public LineCounter(string filePath, long checkpointBytes = DefaultCheckpointBytes)
        {
            this.filePath = filePath;
            this.checkpointBytes = checkpointBytes;
        }

        /// <summary>The 1-based line holding the byte at <paramref name="offset"/>; CR, LF and CRLF each end a line.</summary>
        public long LineAt(long offset)
        {
            lock (gate)
            {
                // From the last answer when it is the nearest point counted before the offset, else from the checkpoint.
                var checkpoint = checkpoints[(int)Math.Min(offset / checkpointBytes, checkpoints.Count - 1)];
                if (stream is null || offset < at.Offset || checkpoint.Offset > at.Offset)
                {
                    MoveTo(checkpoint);
                }

                CountTo(offset);
                return at.LineBreaks + 1;
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                stream?.Dispose();
            }
        }

        private void MoveTo(Position checkpoint)
        {
            stream ??= new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            stream.Position = checkpoint.Offset;
            at = checkpoint;
        }

        private void CountTo(long offset)
        {
            while (at.Offset < offset)
            {
                // Stop at the next checkpoint, to keep it.
                long nextCheckpoint = (at.Offset / checkpointBytes + 1) * checkpointBytes;
                int wanted = (int)Math.Min(buffer.Length, Math.Min(offset, nextCheckpoint) - at.Offset);
                int read = stream!.Read(buffer, 0, wanted);
                if (read <= 0)
                {
                    break;
                }

                for (int i = 0; i < read; i++)
                {
                    byte b = buffer[i];
                    if (b == (byte)'\n')
                    {
                        if (!at.AfterCarriageReturn)
                        {
                            at.LineBreaks++;
                        }

                        at.AfterCarriageReturn = false;
                    }
                    else
                    {
                        at.AfterCarriageReturn = b == (byte)'\r';
                        if (at.AfterCarriageReturn)
                        {
                            at.LineBreaks++;
                        }
                    }
                }

                at.Offset += read;
                if (at.Offset == nextCheckpoint && checkpoints.Count == nextCheckpoint / checkpointBytes)
                {
                    checkpoints.Add(at);
                }
            }
        }

        private struct Position
        {
            public long Offset;
            public long LineBreaks;
            public bool AfterCarriageReturn;
        }
    }
}
