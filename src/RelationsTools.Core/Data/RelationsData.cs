using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// A loaded data folder: every table, read whole and checked across tables (unique ids).
    /// The bundled dataset is small; it is loaded once per process, on first use.
    /// </summary>
    public sealed class RelationsData
    {
        private static readonly Lazy<RelationsData> BundledData =
            new Lazy<RelationsData>(() => Load(BundledDataFolder), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

        private RelationsData(string folder, IReadOnlyList<RelationsSource> sources)
        {
            Folder = folder;
            Sources = sources;
        }

        public string Folder { get; }

        public IReadOnlyList<RelationsSource> Sources { get; }

        /// <summary>The dataset that ships with the module, loaded lazily and thread-safely, once per process.</summary>
        public static RelationsData Bundled => BundledData.Value;

        /// <summary>
        /// The folder of the bundled dataset: <c>data</c> beside the folder this assembly was loaded from
        /// (the module's layout is <c>bin/RelationsTools.Core.dll</c> and <c>data/*.csv</c>).
        /// </summary>
        public static string BundledDataFolder
        {
            get
            {
                string assemblyFolder = Path.GetDirectoryName(typeof(RelationsData).Assembly.Location) ?? ".";
                return Path.GetFullPath(Path.Combine(assemblyFolder, "..", "data"));
            }
        }

        private static HashSet<string> NewIdSet() => new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        /// <summary>Loads and checks every table in <paramref name="folder"/>; the first problem is thrown as a <see cref="DataFileException"/>.</summary>
        public static RelationsData Load(string folder)
        {
            if (!Directory.Exists(folder))
            {
                throw new DataFileException(DataErrorIds.DataFolderNotFound, folder, 0, null, null, "the data folder does not exist");
            }

            var sources = SourceTable.Read(Path.Combine(folder, SourceTable.FileName), NewIdSet()).ToList();
            return new RelationsData(folder, sources);
        }
    }
}
