import account from "./account.json";
import assignments from "./assignments.json";
import auth from "./auth.json";
import bodies from "./bodies.json";
import briefing from "./briefing.json";
import calendar from "./calendar.json";
import calendarFeeds from "./calendarFeeds.json";
import commitments from "./commitments.json";
import common from "./common.json";
import coverage from "./coverage.json";
import departments from "./departments.json";
import enums from "./enums.json";
import errors from "./errors.json";
import exportMessages from "./export.json";
import history from "./history.json";
import importMessages from "./import.json";
import importPages from "./importPages.json";
import meetings from "./meetings.json";
import networks from "./networks.json";
import panel from "./panel.json";
import participation from "./participation.json";
import passkeys from "./passkeys.json";
import people from "./people.json";
import seats from "./seats.json";
import secondFactor from "./secondFactor.json";
import thematicAreas from "./thematicAreas.json";
import users from "./users.json";
import validation from "./validation.json";

const messages = {
  account,
  assignments,
  auth,
  bodies,
  briefing,
  calendar,
  calendarFeeds,
  commitments,
  common,
  coverage,
  departments,
  enums,
  errors,
  export: exportMessages,
  history,
  import: importMessages,
  importPages,
  meetings,
  networks,
  panel,
  participation,
  passkeys,
  people,
  seats,
  secondFactor,
  thematicAreas,
  users,
  validation,
};
export default messages;
