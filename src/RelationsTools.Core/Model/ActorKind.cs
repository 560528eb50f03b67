namespace RelationsTools.Model
{
    public enum ActorKind
    {
        Person,
        Party,
        Government,
        Organisation,
        Country,
    }
}
