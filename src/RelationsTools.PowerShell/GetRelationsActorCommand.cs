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

        /// <summary>
        /// Matched against id, name and aliases; binds an event's Actors and an actor's ActorId, so events and
        /// actors pipe in. Not bound by value: any object would bind through its text (a source's id), which names
        /// no actor. A piped string is a name.
        /// </summary>
        [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("Actors", "ActorId")]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Name { get; set; }

        [Parameter]
        public ActorKind[]? Kind { get; set; }

        /// <summary>Only what at least one document of these kinds names (NewsReport, Analysis ...); wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceKindCompleter))]
        public string[]? SourceKind { get; set; }

        // Names piped in from several events are gathered, so each actor is written once.
        protected override void Process() => names.Add(Name ?? PipedString);

        protected override void End()
        {
            if (PipedNothing(names))
            {
                return;
            }

            WriteAll(new ActorQuery(names.Values, Kind, SourceKind).Run(Data));
        }
    }
}
