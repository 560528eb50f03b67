using System.Linq;
using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsActor: the people, parties, governments, organisations and countries that events name.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsActor")]
    [OutputType(typeof(Actor))]
    public sealed class GetRelationsActorCommand : RelationsCmdlet
    {
        private readonly PipelineValues names = new PipelineValues();

        /// <summary>Matched against id, name and aliases; binds an event's Actors, so events pipe in.</summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Actors")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Name { get; set; }

        [Parameter]
        public ActorKind[]? Kind { get; set; }

        // Names piped in from several events are gathered, so each actor is written once.
        protected override void ProcessRecord() => names.Add(Name);

        protected override void EndProcessing()
        {
            if (PipedNothing(names))
            {
                return;
            }

            var actors = OpenDataFolder()?.Actors ?? LoadData().Actors;
            var patterns = TextPattern.Create(names.Values, ignoreDiacritics: true);
            var matching = patterns is null ? null : EventQuery.MatchingActorIds(actors, patterns);
            WriteNotFoundForPlainPatterns(patterns, p => EventQuery.NamesAnActor(actors, p), "ActorNotFound", "an actor with Id, name or alias");
            var kinds = Kind;
            WriteAll(actors.Where(a => (matching is null || matching.Contains(a.Id)) && (kinds is null || kinds.Contains(a.Kind))));
        }
    }
}
