using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Data;
using RelationsTools.Model;

namespace RelationsTools.Validation
{
    /// <summary>
    /// The texts of a data folder: <c>texts/&lt;source-id&gt;.txt</c>, one per source that has one. Files not
    /// ending in .txt are left alone (a README, an <c>original/</c> folder of captures).
    /// </summary>
    internal sealed class SourceTextFolder
    {
        /// <summary>The folder of texts a data folder has by default.</summary>
        public const string DefaultFolderName = "texts";

        private readonly Dictionary<string, SourceText> bySourceId;

        private SourceTextFolder(Dictionary<string, SourceText> bySourceId) => this.bySourceId = bySourceId;

        public int Count => bySourceId.Count;

        /// <summary>
        /// Reads the text of every known source in <paramref name="folder"/>. A text named after no known source
        /// is a warning, not an error: it makes no row wrong, and a text is naturally added before the sources.csv
        /// row that describes it. It is not read, so nothing is checked against it.
        /// </summary>
        public static SourceTextFolder Read(string folder, IEnumerable<string> knownSourceIds, ReadMonitor sink)
        {
            var known = new HashSet<string>(knownSourceIds, RelationsId.Comparer);
            var texts = new Dictionary<string, SourceText>(RelationsId.Comparer);
            var fileOfId = new Dictionary<string, string>(RelationsId.Comparer);
            var files = Directory.GetFiles(folder)
                .Where(f => f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal);
            foreach (string file in files)
            {
                string id = Path.GetFileNameWithoutExtension(file);
                if (!known.Contains(id))
                {
                    sink.OnWarning(new DataFileException(DataErrorIds.UnknownSourceText, file, 0, null, id,
                        $"no source has the Id '{id}', so this text is not used; name a text after its source: texts/<source-id>.txt, with the Id from sources.csv"));
                    continue;
                }

                if (fileOfId.TryGetValue(id, out string? other))
                {
                    sink.OnBadRow(new DataFileException(DataErrorIds.DuplicateId, file, 0, null, id,
                        $"'{Path.GetFileName(other)}' is already the text of the source '{id}' (Ids are compared ignoring case); keep one of them"));
                    continue;
                }

                fileOfId.Add(id, file);

                if (SourceTextReader.Read(file, sink) is { } text)
                {
                    texts.Add(id, text);
                }
            }

            return new SourceTextFolder(texts);
        }

        public bool TryGet(string sourceId, out SourceText text) => bySourceId.TryGetValue(sourceId, out text!);
    }
}
