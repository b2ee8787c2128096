namespace LyncExchange.Analyzer.Rules;

/// <summary>
/// A rule whose findings come from the readers and binders while they parse (LXA0903, LXA0904, LXA0907).
/// It is in the catalog for its descriptor, its severity configuration and its documentation;
/// there is nothing left for it to inspect once the model is built.
/// </summary>
public abstract class ReaderRaisedRule : Rule
{
    public sealed override void Analyze(RuleContext context)
    {
    }
}
