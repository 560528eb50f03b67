using System;
using System.IO;

namespace RelationsTools.Data
{
    /// <summary>
    /// Finds the line of a byte offset in a file, only when an error needs it. Counting lines for every
    /// record costs a quarter of a bare scan's time; errors are rare and come in file order, so counting
    /// on from the last answer makes all of them together cost one extra pass at most.
    /// </summary>
    internal sealed class LineCounter : IDisposable
    {
        private readonly string filePath;
        private readonly byte[] buffer = new byte[1 << 16];
        private Stream? stream;
        private long position;
        private long lineBreaks;
        private bool afterCarriageReturn;

        public LineCounter(string filePath) => this.filePath = filePath;

        /// <summary>The 1-based line holding the byte at <paramref name="offset"/>; CR, LF and CRLF each end a line.</summary>
        public long LineAt(long offset)
        {
            if (stream is null || offset < position)
            {
                Restart();
            }

            while (position < offset)
            {
                int wanted = (int)Math.Min(buffer.Length, offset - position);
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
                        if (!afterCarriageReturn)
                        {
                            lineBreaks++;
                        }

                        afterCarriageReturn = false;
                    }
                    else
                    {
                        afterCarriageReturn = b == (byte)'\r';
                        if (afterCarriageReturn)
                        {
                            lineBreaks++;
                        }
                    }
                }

                position += read;
            }

            return lineBreaks + 1;
        }

        public void Dispose() => stream?.Dispose();

        private void Restart()
        {
            stream?.Dispose();
            stream = new FileStream(filePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            position = 0;
            lineBreaks = 0;
            afterCarriageReturn = false;
        }
    }
}
