using LyncExchange.Analyzer.Diagnostics;

namespace LyncExchange.Analyzer.Rules;

/// <summary>
/// One rule, one ID. A rule sees only the typed deployment, never raw text, and reports through its context.
/// The descriptor comes from the generated half of the class.
/// </summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }

    public abstract void Analyze(RuleContext context);
}
