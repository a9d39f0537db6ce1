using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace SrmAnalyzers.Core
{
    /// <summary>Where diagnostics are reported, kept short so the squiggle marks the mistake, not the whole statement.</summary>
    internal static class Locations
    {
        /// <summary><c>new PutObjectRequest</c> (without its initializer) or <c>new()</c>.</summary>
        public static Location OfCreation(IOperation creation)
        {
            var syntax = creation.Syntax;
            TextSpan span;
            switch (syntax)
            {
                case ObjectCreationExpressionSyntax explicitNew:
                    span = TextSpan.FromBounds(explicitNew.NewKeyword.SpanStart, (explicitNew.ArgumentList?.Span ?? explicitNew.Type.Span).End);
                    break;
                case ImplicitObjectCreationExpressionSyntax implicitNew:
                    span = TextSpan.FromBounds(implicitNew.NewKeyword.SpanStart, implicitNew.ArgumentList.Span.End);
                    break;
                case AssignmentExpressionSyntax nestedInitializer:
                    // Prop = { ... }: the property name.
                    span = nestedInitializer.Left.Span;
                    break;
                default:
                    span = syntax.Span;
                    break;
            }

            return Location.Create(syntax.SyntaxTree, span);
        }

        /// <summary>The assigned value of a property write (<c>S3CannedACL.PublicRead</c> in <c>CannedACL = S3CannedACL.PublicRead</c>).</summary>
        public static Location OfValue(PropertyWrite write) => write.Value.Syntax.GetLocation();

        /// <summary>The called name and its arguments: <c>UploadAsync(path, bucket, key)</c> in <c>transfer.UploadAsync(path, bucket, key)</c>.</summary>
        public static Location OfInvocation(IOperation invocation)
        {
            var syntax = invocation.Syntax;
            if (syntax is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax memberAccess } call)
            {
                return Location.Create(syntax.SyntaxTree, TextSpan.FromBounds(memberAccess.Name.SpanStart, call.ArgumentList.Span.End));
            }

            return syntax.GetLocation();
        }
    }
}
