import { z } from 'zod';
import { operation } from '../operation';
import {
  CreateFeedbackInput,
  CreateThemeInput,
  ExportInboxInput,
  ExportResult,
  FeedbackIdInput,
  FeedbackRequest,
  InboxItem,
  InboxQuery,
  LinkFeedbackInput,
  ListFeedbackInput,
  SetThemeStatusInput,
  SuggestThemesInput,
  ThemeDetail,
  ThemeIdInput,
  ThemeSuggestion,
  UnlinkFeedbackInput,
  UpdateFeedbackInput,
  UpdateThemeInput,
} from '../../feedback/schema';

const Removed = z.object({ id: z.string() });

export const feedback = {
  list: operation('feedback:list', ListFeedbackInput, z.array(FeedbackRequest)),
  get: operation('feedback:get', FeedbackIdInput, FeedbackRequest),
  create: operation('feedback:create', CreateFeedbackInput, FeedbackRequest),
  update: operation('feedback:update', UpdateFeedbackInput, FeedbackRequest),
  remove: operation('feedback:remove', FeedbackIdInput, Removed),
  productAreas: operation('feedback:productAreas', z.undefined(), z.array(z.string())),
  link: operation('feedback:link', LinkFeedbackInput, FeedbackRequest),
  unlink: operation('feedback:unlink', UnlinkFeedbackInput, FeedbackRequest),
  getTheme: operation('feedback:getTheme', ThemeIdInput, ThemeDetail),
  createTheme: operation('feedback:createTheme', CreateThemeInput, ThemeDetail),
  updateTheme: operation('feedback:updateTheme', UpdateThemeInput, ThemeDetail),
  removeTheme: operation('feedback:removeTheme', ThemeIdInput, Removed),
  setThemeStatus: operation('feedback:setThemeStatus', SetThemeStatusInput, ThemeDetail),
  suggestThemes: operation('feedback:suggestThemes', SuggestThemesInput, z.array(ThemeSuggestion)),
  inbox: operation('feedback:inbox', InboxQuery, z.array(InboxItem)),
  exportInbox: operation('feedback:exportInbox', ExportInboxInput, ExportResult),
};
