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
        /// Matched against id, name and aliases; binds a piped string, an event's Actors (a list cell of its CSV
        /// export too) and an actor's ActorId. Any other object binds as its text, so a piped source is an actor
        /// that is not found, an error, not an empty answer.
        /// </summary>
        [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [Alias("Actors", "ActorId")]
        [SupportsWildcards]
        [ListArgument]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Name { get; set; }

        [Parameter]
        [ClosedSetArgument(typeof(ActorKind), "an actor kind")]
        public ActorKind[]? Kind { get; set; }

        /// <summary>Only what at least one document of these kinds names (NewsReport, Analysis ...); wildcards allowed.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceKindCompleter))]
        public string[]? SourceKind { get; set; }

        // Names piped in from several events are gathered, so each actor is written once.
        protected override void Process() => names.Add(Name);

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
