using System.Collections.Generic;
using System.IO;
using System.Linq;
using RelationsTools.Model;

namespace RelationsTools.Data
{
    /// <summary>
    /// A user's data folder (-DataPath): the files and columns of the bundled data, any of them absent. Its
    /// events, figures and claims are streamed: read, checked and filtered row by row, so memory does not grow
    /// with the file.
    /// </summary>
    /// <remarks>
    /// Which rows count, by one rule. The folder's sources.csv and actors.csv define its ids; a row there that
    /// takes a bundled id is the folder's version of that source or actor, and wins everywhere; the bundled
    /// sources and actors fill in the ids the folder does not define, so its rows may cite them. Events,
    /// figures and claims are the folder's own, unless the folder is opened with the bundled rows included:
    /// then every table is the bundled rows plus the folder's, the folder's row winning on the same id.
    /// </remarks>
    public sealed class DataFolder : DataStore
    {
        private readonly RelationsData? bundled;
        private readonly Catalog catalog;

        // Test-RelationsData's reads also find a second row with one id, which a query's stream does not look for.
        private bool findsDuplicateIds;

        private DataFolder(string path, RelationsData? bundled, bool includesBundled, IReadOnlyList<RelationsSource> sources, IReadOnlyList<Actor> actors)
        {
            Path = path;
            this.bundled = bundled;
            IncludesBundled = includesBundled;
            Sources = sources;
            Actors = actors;
            catalog = new Catalog(sources, actors);
        }

        public string Path { get; }

        /// <summary>True when the bundled events, figures and claims are read besides the folder's own.</summary>
        public bool IncludesBundled { get; }

        /// <summary>The bundled sources, each replaced by the folder's version where it has one, then the folder's new ones.</summary>
        public override IReadOnlyList<RelationsSource> Sources { get; }

        /// <summary>The bundled actors, each replaced by the folder's version where it has one, then the folder's new ones.</summary>
        public override IReadOnlyList<Actor> Actors { get; }

        internal override Catalog Catalog => catalog;

        /// <summary>How its large events and figures files are split between threads; one per processor unless a test says otherwise.</summary>
        internal ScanPlan ScanPlan { get; set; } = ScanPlan.ForThisMachine;

        /// <summary>
        /// Opens <paramref name="path"/> and reads its small reference tables (sources, actors) whole.
        /// A missing folder, an unreadable file or a wrong header is thrown; bad rows go to <paramref name="sink"/>.
        /// </summary>
        /// <param name="bundled">The data whose sources and actors fill in the ids the folder does not define; null to read the folder on its own.</param>
        /// <param name="includeBundled">Also read <paramref name="bundled"/>'s events, figures and claims, the folder's row winning on the same id.</param>
        public static DataFolder Open(string path, RelationsData? bundled, ReadMonitor sink, bool includeBundled = false)
        {
            string full = System.IO.Path.GetFullPath(path);
            if (File.Exists(full))
            {
                throw new DataFileException(DataErrorIds.DataPathIsFile, full, 0, null, null,
                    $"is a file, not a data folder; give the folder that holds the data files ({string.Join(", ", TableSchema.FileNames)}), such as '{System.IO.Path.GetDirectoryName(full)}'");
            }

            if (!Directory.Exists(full))
            {
                throw new DataFileException(DataErrorIds.DataFolderNotFound, full, 0, null, null, "the data folder does not exist");
            }

            var bundledSources = bundled?.Sources ?? new RelationsSource[0];
            var ownSources = ReadTable(full, SourceTable.Schema,
                file => SourceTable.Read(file, sink, new IdRegister(), bundledSources.Select(s => s.Id).ToList(), bundledSources)).ToList();
            var sources = Overlay(bundledSources, ownSources, s => s.Id);

            var bundledActors = bundled?.Actors ?? new Actor[0];
            var sourcesOnly = new Catalog(sources, new Actor[0]);
            var ownActors = ReadTable(full, ActorTable.Schema, file => ActorTable.Read(file, sourcesOnly, sink, new IdRegister())).ToList();
            var actors = Overlay(bundledActors, ownActors, a => a.Id);

            return new DataFolder(full, bundled, includeBundled && bundled != null, sources, actors);
        }

        internal override IEnumerable<RelationsEvent> ReadEvents(ReadMonitor sink, IRowPrefilter<EventCategory>? prefilter)
            => WithBundled(EventTable.Schema, (file, ownIds) => EventTable.Read(file, catalog, sink, NewRegister(), prefilter, ownIds, ScanPlan), e => e.Id);

        internal override IEnumerable<TradeFigure> ReadTradeFigures(ReadMonitor sink, IRowPrefilter<TradeMetric>? prefilter)
            => WithBundled(TradeFigureTable.Schema, (file, ownIds) => TradeFigureTable.Read(file, catalog, sink, NewRegister(), prefilter, ownIds, ScanPlan), f => f.Id);

        internal override IEnumerable<Claim> ReadClaimRows(ReadMonitor sink)
            => WithBundled(ClaimTable.Schema, (file, ownIds) => ClaimTable.Read(file, catalog, sink, NewRegister(), ownIds), c => c.Id);

        /// <summary>The same folder, read so that a second row with one id in a file is a problem too.</summary>
        internal static DataFolder OpenChecked(string path, RelationsData? bundled, ReadMonitor sink, bool includeBundled = false)
        {
            var folder = Open(path, bundled, sink, includeBundled);
            folder.findsDuplicateIds = true;
            return folder;
        }

        private IdRegister? NewRegister() => findsDuplicateIds ? new IdRegister() : null;

        /// <summary>Reads <paramref name="schema"/>'s file in <see cref="Path"/>, then, with the bundled rows included, the bundled file's rows whose ids the folder's did not take.</summary>
        private IEnumerable<T> WithBundled<T>(TableSchema schema, System.Func<string, HashSet<string>?, IEnumerable<T>> read, System.Func<T, string> idOf)
        {
            var ownIds = IncludesBundled ? new HashSet<string>(RelationsId.Comparer) : null;
            foreach (var row in ReadTable(Path, schema, file => read(file, ownIds)))
            {
                yield return row;
            }

            if (ownIds is null)
            {
                yield break;
            }

            // The bundled file is read again through this folder's catalog rather than taken from the bundled
            // objects, so that a source or actor the folder redefines is the folder's version in these rows too.
            var bundledRows = new HashSet<string>(RelationsId.Comparer);
            foreach (var row in ReadTable(bundled!.Folder, schema, file => read(file, bundledRows)))
            {
                if (!ownIds.Contains(idOf(row)))
                {
                    yield return row;
                }
            }
        }

        // The bundled rows in their order, each replaced in place by the folder's row with its id, then the folder's new rows.
        private static List<T> Overlay<T>(IReadOnlyList<T> bundledRows, List<T> ownRows, System.Func<T, string> id)
        {
            var own = ownRows.ToDictionary(id, RelationsId.Comparer);
            var merged = bundledRows.Select(row => own.TryGetValue(id(row), out var mine) ? mine : row).ToList();
            var bundledIds = new HashSet<string>(bundledRows.Select(id), RelationsId.Comparer);
            merged.AddRange(ownRows.Where(row => !bundledIds.Contains(id(row))));
            return merged;
        }
    }
}
