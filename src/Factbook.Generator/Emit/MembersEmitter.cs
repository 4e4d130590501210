using System.Globalization;
using System.Linq;

namespace Factbook.Generator.Emit
{
    /// <summary>
    /// Emits a type's id enum and one static member per entry (<c>Places.Kaliningrad</c>), each with the entry
    /// in its doc comment so IDE hover shows the fact.
    /// </summary>
    internal static class MembersEmitter
    {
        /// <summary>"Retired: why. Superseded by Places.NewOne." for a retired entry; empty otherwise.</summary>
        public static string ObsoleteMessage(Schema.TypeSpec type, Content.RetirementModel? retirement)
        {
            if (retirement is null)
            {
                return string.Empty;
            }

            var message = "Retired" + (retirement.Reason.Length > 0 ? ": " + retirement.Reason.TrimEnd('.') : string.Empty) + ".";
            return retirement.SupersededByMember.Length > 0 ? message + " Superseded by " + type.CollectionClass + "." + retirement.SupersededByMember + "." : message;
        }

        public static string Emit(MembersModel model, EmitContext context)
        {
            var type = model.Type;
            var record = context.Global(type.Name);
            var writer = new SourceWriter();
            TypeEmitter.WriteHeader(writer, context);
            writer.Summary("The id of every <see cref=\"" + type.Name + "\"/>, in content order.");
            writer.Line(TypeEmitter.GeneratedCode);
            writer.Open("public enum " + type.IdEnum);
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                writer.Summary(CSharpText.XmlDocText(member.Summary));
                WriteObsolete(writer, member);
                writer.Line(member.MemberName + " = " + i.ToString(CultureInfo.InvariantCulture) + ",");
            }

            writer.Close();
            writer.Line();
            writer.Open("public static partial class " + type.CollectionClass);
            writer.Line("private const string ids = " + CSharpText.StringLiteral(string.Concat(model.Members.Select(member => member.Id + "\n"))) + ";");

            // Read by the string-id analyzer: the collection as content names it, and ids left out for a problem.
            writer.Line(StringIdAnalyzer.CollectionNameConstant(type.CollectionName));
            writer.Line(StringIdAnalyzer.IdsWithProblemsConstant(model.IdsWithProblems));
            for (var i = 0; i < model.Members.Count; i++)
            {
                var member = model.Members[i];
                writer.Line();

                writer.Summary(CSharpText.XmlDocText(member.Summary));
                WriteObsolete(writer, member);
                writer.Line("public static " + record + " " + member.MemberName + " => at(" + i.ToString(CultureInfo.InvariantCulture) + ");");
            }

            writer.Close();
            return writer.Close().ToString();
        }

        private static void WriteObsolete(SourceWriter writer, EntryMember member)
        {
            if (member.ObsoleteMessage.Length > 0)
            {
                writer.Line("[global::System.Obsolete(" + CSharpText.StringLiteral(member.ObsoleteMessage) + ")]");
            }
        }
    }
}
