// What other features may use of matching in code that can reach the browser (decision 0013). Server code: index.server.ts.
export { pipelineStages } from "./match-stages.ts";
export {
  introductionAnswerSchema,
  introductionAnswers,
  introductionDeclineReasons,
  type IntroductionAnswerName,
  type IntroductionDeclineReasonName,
} from "./introduction-answer-schemas.ts";
