namespace Factbook.Generator.Kinds
{
    /// <summary>
    /// Which scalar kinds take every value of another, for unions, where a value is the first member that fits:
    /// text takes everything; a double every int, long and decimal written in YAML; a decimal every int and long;
    /// a long every int.
    /// </summary>
    internal static class UnionOrder
    {
        public static bool Covers(ScalarKind earlier, ScalarKind later) =>
            earlier == later ||
            earlier is StringKind ||
            (earlier is DoubleKind && later is IntKind or LongKind or DecimalKind) ||
            (earlier is DecimalKind && later is IntKind or LongKind) ||
            (earlier is LongKind && later is IntKind);
    }
}
