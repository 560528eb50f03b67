using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using RelationsTools.Model;
using RelationsTools.Query;

namespace RelationsTools.PowerShell
{
    /// <summary>Get-RelationsEvent: dated happenings, filtered by time, category, actor, source and keyword.</summary>
    [Cmdlet(VerbsCommon.Get, "RelationsEvent")]
    [OutputType(typeof(RelationsEvent))]
    public sealed class GetRelationsEventCommand : RelationsCmdlet
    {
        private readonly PipelineValues sourceIds = new PipelineValues();
        private EventQuery query = new EventQuery();

        // Not bound from the pipeline by property name: source objects have an Id too, and piping them
        // must select by source, not be read as event ids.
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EventIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter]
        [DateArgument]
        public string? From { get; set; }

        [Parameter]
        [DateArgument]
        public string? To { get; set; }

        [Parameter]
        public SwitchParameter Within { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(CategoryCompleter))]
        public string[]? Category { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ActorCompleter))]
        public string[]? Actor { get; set; }

        [Parameter(ValueFromPipelineByPropertyName = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(SourceIdCompleter))]
        public string[]? SourceId { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Keyword { get; set; }

        protected override void BeginProcessing()
        {
            query = new EventQuery
            {
                Ids = TextPattern.Create(Id),
                Window = ParseWindow(From, To),
                Within = Within,
                Categories = TextPattern.Create(Category),
                Actors = TextPattern.Create(Actor, ignoreDiacritics: true),
                Keywords = TextPattern.Containing(Keyword),
            };
        }

        protected override void ProcessRecord() => sourceIds.Add(SourceId);

        protected override void EndProcessing()
        {
            if (PipedNothing(sourceIds))
            {
                return;
            }

            query.SourceIds = TextPattern.Create(sourceIds.Values);
            var folder = OpenDataFolder();
            if (folder != null)
            {
                WriteAll(query.Stream(folder, Reporter));
                return;
            }

            var data = LoadData();
            WriteNotFoundForPlainPatterns(query.Ids, p => data.Events.Any(e => p.IsMatch(e.Id)), "EventNotFound", "an event with Id");
            WriteNotFoundForPlainPatterns(query.Actors, p => EventQuery.NamesAnActor(data.Actors, p), "ActorNotFound", "an actor with Id, name or alias");
            WriteAll(query.Run(data));
        }
    }
}
